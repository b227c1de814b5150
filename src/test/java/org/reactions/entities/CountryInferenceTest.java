package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

class CountryInferenceTest {
    private static Actor actor(DocumentEntities e, int sentence, String text) {
        List<Mention> mentions = e.inSentence(sentence);
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions)).actor();
    }

    private static Actor last(String text, String mention) {
        DocumentEntities e = Fixtures.entities(text);
        return actor(e, e.mentions().size() - 1, mention);
    }

    @Test
    void theSamePersonNamedElsewhereWithACountry() {
        Actor ruiz = last("Peru's Ruiz spoke first. President Ana Ruiz yesterday urged unity.", "President Ana Ruiz");
        assertEquals(CountryCode.of("PE"), ruiz.country());
        assertEquals(Actor.Origin.INFERRED, ruiz.origin());
        assertEquals("President", ruiz.role());
    }

    @Test
    void theKnowledgeBasesOfficialsOfTheOtherPartyAreNeverTheArticlesCountry() {
        // officials whom news names with no country, in an article about China's or Russia's reaction
        String china = "China imports record Iranian oil\n\nLin Jian said the trade was lawful. Energy Secretary Chris Wright said "
                + "Beijing was funding the war. Commerce Secretary Howard Lutnick told Fox News the sanctions were only the beginning.";
        assertEquals(CountryCode.of("US"), last(china, "Commerce Secretary Howard Lutnick").country());
        assertEquals(CountryCode.of("US"), last("Peskov said Russia was concerned. Senator Ted Cruz tweeted that Putin was a paper bear.",
                "Senator Ted Cruz").country());
    }

    @Test
    void theSameOfficeNamedElsewhereWithACountry() {
        Actor ruiz = last("Peru's president had warned of this. President Ana Ruiz yesterday urged unity.", "President Ana Ruiz");
        assertEquals(CountryCode.of("PE"), ruiz.country());
        assertEquals(Actor.Origin.INFERRED, ruiz.origin());
    }

    @Test
    void theSameOfficeNamedWithItsPost() {
        Actor rezaei = last("Iran's ambassador to Malaysia came out swinging. Ambassador Ali Rezaei yesterday urged unity.", "Ambassador Ali Rezaei");
        assertEquals(CountryCode.of("IR"), rezaei.country());
        assertEquals(Actor.Origin.INFERRED, rezaei.origin());
    }

    @Test
    void aDefiniteDescriptionWithACountryThatRefersBackToThePerson() {
        DocumentEntities e = Fixtures.entities("Deputy Chief of Mission Maria Otieno spoke to reporters in Lima. "
                + "Peru and Chile have asked for talks. The Kenyan diplomat's remarks came a day later.");
        Actor otieno = actor(e, 0, "Deputy Chief of Mission Maria Otieno");
        assertEquals(CountryCode.of("KE"), otieno.country());
        assertEquals(Actor.Origin.INFERRED, otieno.origin());
        DocumentEntities other = Fixtures.entities("Deputy Chief of Mission Maria Otieno spoke to reporters in Lima. "
                + "Peru and Chile have asked for talks. The Kenyan president's remarks came a day later.");
        assertNull(actor(other, 0, "Deputy Chief of Mission Maria Otieno").country(), "a president is no diplomat");
        DocumentEntities nearer = Fixtures.entities("Deputy Chief of Mission Maria Otieno spoke to reporters in Lima. "
                + "Kenyan Ambassador Peter Njoroge met Peru's foreign minister. Peru and Chile have asked for talks. The Kenyan diplomat's remarks came a day later.");
        assertNull(actor(nearer, 0, "Deputy Chief of Mission Maria Otieno").country(), "the Kenyan ambassador is the diplomat meant");
        DocumentEntities far = Fixtures.entities("Deputy Chief of Mission Maria Otieno spoke to reporters in Lima.\n\nPeru and Chile "
                + "have asked for talks.\n\nPeru and Chile sent envoys.\n\nThe talks began.\n\nThe Kenyan diplomat's remarks came later.");
        assertNull(actor(far, 0, "Deputy Chief of Mission Maria Otieno").country(), "named too many paragraphs back");
    }

    @Test
    void aDateline() {
        assertEquals(CountryCode.of("PE"), last("LIMA (Reuters) – President Ana Ruiz said the border would stay open.", "President Ana Ruiz").country());
        assertEquals(CountryCode.of("EG"), last("CAIRO: A military spokesman warned that the crossing was closed.", "A military spokesman").country());
        assertEquals(CountryCode.of("PE"), last("Lima, Peru - President Ana Ruiz said the border would stay open.", "President Ana Ruiz").country());
    }

    @Test
    void aDatelineNeverPlacesAnOfficialPostedAbroad() {
        Actor envoy = last("LIMA (Reuters) – Deputy Chief of Mission Maria Otieno said the embassy would stay open.",
                "Deputy Chief of Mission Maria Otieno");
        assertEquals("Deputy Chief of Mission", envoy.role());
        assertNotEquals(CountryCode.of("PE"), envoy.country());
    }

    @Test
    void theCountryTheArticleIsAbout() {
        Actor ruiz = last("Chile condemned the strike. Chilean officials met on Sunday, and the Chilean government and "
                + "Chile's foreign ministry agreed. Minister Ana Ruiz said the talks would go on.", "Minister Ana Ruiz");
        assertEquals(CountryCode.of("CL"), ruiz.country());
        assertEquals(Actor.Origin.INFERRED, ruiz.origin());
    }

    /** "State X did ..., with Official Y saying ...": the official in the clause "with" opens acts for the state. */
    @Test
    void anOfficialInAClauseThatWithOpensActsForTheStateTheSentenceOpensWith() {
        Actor envoy = actor(Fixtures.entities("Chile has again rejected the claim, with Ambassador to Peru Tomas Okafor insisting that "
                + "no troops crossed the border. Peru and Bolivia disagreed."), 0, "Ambassador to Peru Tomas Okafor");
        assertEquals(CountryCode.of("CL"), envoy.country());
        // a state that is only an owner ("Chile's claim") opens no such clause
        assertNull(last("Chile's claim was rejected, with Ambassador to Peru Tomas Okafor insisting that no troops crossed the border.",
                "Ambassador to Peru Tomas Okafor").country());
    }

    @Test
    void neverTheCountryOfThePersonsCounterpart() {
        Actor ruiz = last("Chile condemned the strike. Chilean officials met on Sunday, and the Chilean government and Chile's foreign "
                + "ministry agreed. Peru spoke too. President Ana Ruiz said she had called her Chilean counterpart.", "President Ana Ruiz");
        assertNotEquals(CountryCode.of("CL"), ruiz.country());
    }

    @Test
    void aCountryNotClearlyAheadGivesNothing() {
        assertNull(last("Chile condemned the strike, and Chilean officials met. Peru condemned it too, and Peruvian officials met. "
                + "Minister Ana Ruiz said the talks would go on.", "Minister Ana Ruiz").country());
    }

    @Test
    void noEvidenceNoCountry() {
        Actor ruiz = last("President Ana Ruiz said the talks would go on.", "President Ana Ruiz");
        assertNull(ruiz.country());
        assertEquals(Actor.Origin.LEARNED, ruiz.origin());
    }

    @Test
    void neverACountryWhoseHolderOfThatOfficeIsSomeoneElse() {
        // Argentina leads the evidence, but its president is Ferro: Ruiz must be the president of somewhere else
        Actor ruiz = last("Argentina hosted the talks. Argentine President Lucas Ferro welcomed the guests in Buenos Aires, "
                + "and the Argentine government thanked them. President Ana Ruiz said the talks would go on.", "President Ana Ruiz");
        assertNotEquals(CountryCode.of("AR"), ruiz.country());
    }

    @Test
    void laterSurnamesAreThePersonPlaced() {
        DocumentEntities e = Fixtures.entities("LIMA (Reuters) – President Ana Ruiz spoke on Monday. Ruiz emphasized that the border stays open.");
        assertEquals(CountryCode.of("PE"), actor(e, e.mentions().size() - 1, "Ruiz").country());
    }

    @Test
    void aSurnameInTheHeadlineIsThePersonTheBodyIntroduces() {
        DocumentEntities e = Fixtures.entities("Ruiz condemns the blockade\n\nLIMA (Reuters) – President Ana Ruiz said on Monday "
                + "that the blockade was illegal.");
        Actor headline = actor(e, 0, "Ruiz");
        assertEquals("Ana Ruiz", headline.name());
        assertEquals(CountryCode.of("PE"), headline.country());
    }

    @Test
    void aTitleOnAPossessiveBelongsToWhatThePossessiveMeans() {
        assertNull(last("Chile condemned the strike. Chilean officials met on Sunday, and the Chilean government and "
                + "Chile's foreign ministry agreed. The neighbour and its leader Tomas Vidal stayed silent.", "leader Tomas Vidal").country());
    }

    @Test
    void twoPeoplePlacedInOneOfficeOfOneCountry() {
        DocumentEntities e = Fixtures.entities("Chile condemned the strike. Chilean officials met on Sunday, and the Chilean "
                + "government and Chile's foreign ministry agreed. Minister Ana Ruiz said the talks would go on. "
                + "Minister Ana Ruiz said it again. Minister Tomas Vidal met the press.");
        int last = e.mentions().size() - 1;
        assertEquals(CountryCode.of("CL"), actor(e, last - 1, "Minister Ana Ruiz").country());
        assertNull(actor(e, last, "Minister Tomas Vidal").country());
    }

    @Test
    void aMinistryWithNothingToReferToIsTheMinistryOfTheCountryTheArticleIsAbout() {
        DocumentEntities e = Fixtures.entities("LIMA (Reuters) – The foreign ministry said the blockade was illegal.");
        Mention ministry = e.inSentence(e.mentions().size() - 1).stream().filter(m -> m.text().equals("The foreign ministry"))
                .findFirst().orElseThrow();
        assertEquals(CountryCode.of("PE"), ministry.actor().country());
        assertEquals(Actor.Origin.INFERRED, ministry.actor().origin());
        assertEquals(Mention.Kind.INSTITUTION, ministry.kind());
        // a day between the ministry and its verb
        DocumentEntities day = Fixtures.entities("LIMA (Reuters) – The foreign ministry on Wednesday rejected the claims.");
        assertEquals(CountryCode.of("PE"), actor(day, day.mentions().size() - 1, "The foreign ministry").country());
    }

    @Test
    void aMinistryThatCanReferBackOrModifiesANounIsLeftAlone() {
        DocumentEntities e = Fixtures.entities("LIMA (Reuters) – Chile's foreign ministry protested. The ministry said the blockade was illegal.");
        assertTrue(e.inSentence(e.mentions().size() - 1).get(0).isAnaphor());
        DocumentEntities modifier = Fixtures.entities("LIMA (Reuters) – The military action was condemned.");
        assertTrue(modifier.mentions().stream().flatMap(List::stream)
                .noneMatch(m -> m.actor() != null && m.actor().origin() == Actor.Origin.INFERRED));
        DocumentEntities nothing = Fixtures.entities("The foreign ministry said the blockade was illegal.");
        assertTrue(nothing.inSentence(0).get(0).isAnaphor());
    }

    @Test
    void anInstitutionThatGivesItselfAnAcronymIsNamedByItLaterAndPlacedWithTheDocument() {
        DocumentEntities e = Fixtures.entities("LIMA (Reuters) – The statement was issued by the Ministry of Foreign Affairs (MRE) "
                + "on Monday. In its statement, the MRE also said the blockade was illegal.");
        Actor first = actor(e, 0, "the Ministry of Foreign Affairs (MRE)");
        Actor later = actor(e, 1, "the MRE");
        assertEquals("Peruvian Foreign Ministry", first.name());
        assertEquals(CountryCode.of("PE"), later.country());
        assertEquals(Actor.Origin.INFERRED, later.origin());
    }

    @Test
    void anotherPersonWhoSharesAWordOfTheNameIsNoEvidence() {
        assertNull(last("Chilean Senator Carlos Ruiz spoke first. President Ana Ruiz yesterday urged unity.", "President Ana Ruiz").country());
    }
}
