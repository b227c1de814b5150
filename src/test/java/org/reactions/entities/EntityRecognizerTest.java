package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

class EntityRecognizerTest {
    /** The mentions of the last sentence of the text. */
    private static List<Mention> last(String text) {
        DocumentEntities entities = Fixtures.entities(text);
        return entities.inSentence(entities.mentions().size() - 1);
    }

    private static Mention find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    @Test
    void namesAndMetonymsOfTheKnowledgeBase() {
        List<Mention> m = last("Moscow and the Kremlin disagreed with Beijing and Sergey Lavrov.");
        assertEquals(CountryCode.of("RU"), find(m, "Moscow").actor().country());
        assertEquals(ActorType.STATE, find(m, "Moscow").actor().type());
        assertEquals(ActorType.INSTITUTION, find(m, "the Kremlin").actor().type());
        assertEquals("China", find(m, "Beijing").actor().name());
        assertEquals("Foreign Minister", find(m, "Sergey Lavrov").actor().role());
    }

    @Test
    void aSurnameTheDocumentIntroducedIsANameEvenWhereTheTaggerReadsItAsAnotherWord() {
        Mention opening = find(last("Rwandan President Paul Kagame spoke on Monday. Kagame accused his neighbour of lying."), "Kagame");
        assertEquals("Paul Kagame", opening.actor().name());
    }

    @Test
    void aKnownSurnameWithASuffixIsAnotherFamilyNotAMisspelling() {
        Mention other = find(last("Hossein Amir Abdollahian spoke. Abdollahian said the strikes were unacceptable."), "Abdollahian");
        assertNotEquals("Ali Abdollahi", other.actor() == null ? null : other.actor().name());
    }

    @Test
    void aNameGoesOnOverACapitalisedWordTheTaggerTookForAnotherWordButNotOverADay() {
        assertEquals("Olivier Nduhungirehe", find(last("Rwandan Foreign Minister Olivier Nduhungirehe agreed to advance dialogue."),
                "Rwandan Foreign Minister Olivier Nduhungirehe").actor().name());
        assertEquals("Daniel Mwangi", find(last("Kenyan President Daniel Mwangi Monday said the border would stay open."),
                "Kenyan President Daniel Mwangi").actor().name());
    }

    @Test
    void aPersonsPossessiveGivesTheTitleOrInstitutionAfterItThePersonsCountry() {
        String lula = "Brazilian President Ana Ruiz spoke first. ";
        Mention adviser = find(last(lula + "Ruiz's adviser Celso Amorim warned of escalation."), "adviser Celso Amorim");
        assertEquals(CountryCode.of("BR"), adviser.actor().country());
        Mention government = find(last(lula + "Ruiz's government said it would work for peace."), "government");
        assertEquals(CountryCode.of("BR"), government.actor().country());
        assertEquals(ActorType.INSTITUTION, government.actor().type());
    }

    @Test
    void theLastWordsOfANameTheDocumentIntroducedNameThePerson() {
        Mention later = find(last("Peruvian Foreign Minister Rosa Elena Vidal Parra spoke first. Vidal Parra warned of the dangers."),
                "Vidal Parra");
        assertEquals("Rosa Elena Vidal Parra", later.actor().name());
    }

    @Test
    void anOfficeNamedWithoutItsHolderIsTheBundledHolderOnlyFromTheDayTheBundledOfficesHold() {
        String text = "The US president said the talks would go on.";
        assertEquals("Donald Trump", dated(text, "2026-03-01").actor().name());
        assertEquals("US president", dated(text, "2021-03-01").actor().name());
        assertEquals("Donald Trump", dated(text, null).actor().name(), "an undated document is taken as current");
    }

    @Test
    void anOfficialWhoLeftEveryOfficeByTheDocumentsDaySpeaksForNoState() {
        String text = "Zarif said the war could have been avoided.";
        assertFalse(dated(text, "2026-01-30").actor().official(), "Vice President for Strategic Affairs until March 2025");
        assertTrue(dated(text, "2024-11-01").actor().official());
        assertTrue(dated(text, null).actor().official(), "an undated document may be of any time in office");
        // one who left one office and holds another, or died in office, still speaks for the state
        assertTrue(dated("Polyanskiy said the OSCE must act.", "2026-03-01").actor().official());
        assertTrue(dated("Larijani said Iran would respond.", "2026-03-30").actor().official());
    }

    private static Mention dated(String text, String date) {
        org.reactions.corpus.SourceDocument document = new org.reactions.corpus.SourceDocument("d", "d.txt", text,
                date == null ? null : java.time.LocalDate.parse(date), 0, List.of());
        return Fixtures.RECOGNIZER.recognize(Fixtures.annotate(document)).inSentence(0).get(0);
    }

    @Test
    void aDeterminerThatEndsTheSentenceIsNoMention() {
        assertEquals(List.of(), last("Russian President Vladimir Putin spoke. Despite these close ties, neither the"));
    }

    @Test
    void aTitleBeforeASurnameNamesThePersonIntroducedBefore() {
        Mention later = find(last("Kenyan President William Ruto spoke first. President Ruto said the summit would go ahead."), "President Ruto");
        assertEquals("William Ruto", later.actor().name());
        assertEquals(CountryCode.of("KE"), later.actor().country());
    }

    @Test
    void aTitleAndNationalityTeachANewPersonWhoIsLaterNamedBySurname() {
        DocumentEntities e = Fixtures.entities("Chinese Vice Foreign Minister Liang Qiwen met the envoy. Later, Liang said the talks went well.");
        Mention titled = e.inSentence(0).get(0);
        assertEquals(Mention.Kind.TITLED, titled.kind());
        assertEquals("Liang Qiwen", titled.actor().name());
        assertEquals(CountryCode.of("CN"), titled.actor().country());
        assertTrue(titled.actor().official());
        Mention surname = find(e.inSentence(1), "Liang");
        assertEquals(titled.actor(), surname.actor());
    }

    @Test
    void anAppositiveGivesALearnedPersonACountryAndRole() {
        DocumentEntities e = Fixtures.entities("Brigadier General Farhad Tavakoli, the deputy for operations at Iran's IRGC, spoke. "
                + "Tavakoli warned again.");
        Actor tavakoli = find(e.inSentence(0), "Brigadier General Farhad Tavakoli").actor();
        assertEquals(CountryCode.of("IR"), tavakoli.country());
        assertTrue(tavakoli.official());
        assertEquals(CountryCode.of("IR"), find(e.inSentence(1), "Tavakoli").actor().country());
    }

    @Test
    void anAppositiveCanMakeSomeoneAnAnalyst() {
        DocumentEntities e = Fixtures.entities("Lena Marsh, an analyst at a London think tank, spoke to us. Marsh said more.");
        Actor marsh = find(e.inSentence(0), "Lena Marsh").actor();
        assertFalse(marsh.official());
        assertFalse(find(e.inSentence(1), "Marsh").actor().official());
    }

    @Test
    void anOfficeFollowedByANameNamesThatPerson() {
        List<Mention> m = last("Russia's envoy to the UN, Oleg Vasnetsov, told the Council it was wrong.");
        Mention name = find(m, "Oleg Vasnetsov");
        assertEquals(CountryCode.of("RU"), name.actor().country());
        assertTrue(name.actor().official());
    }

    @Test
    void misspeltNamesAreMatchedBySimilarity() {
        Mention araghchi = find(last("Araghchy told reporters nothing."), "Araghchy");
        assertEquals(Mention.Kind.FUZZY, araghchi.kind());
        assertEquals("Abbas Araghchi", araghchi.actor().name());
        Mention titled = find(last("Russian Deputy Foreign Minister Sergei Lyabkov spoke."), "Russian Deputy Foreign Minister Sergei Lyabkov");
        assertEquals("Sergei Ryabkov", titled.actor().name());
    }

    @Test
    void anOfficialsOfficeIsAnInstitutionOfTheirCountry() {
        Mention office = find(last("Iranian President Masoud Pezeshkian's office said he had spoken with the emir."), "office");
        assertEquals("Masoud Pezeshkian's office", office.actor().name());
        assertEquals(ActorType.INSTITUTION, office.actor().type());
        assertEquals(CountryCode.of("IR"), office.actor().country());
        // a named office is no one's staff ("Trump's Office of Management and Budget")
        assertTrue(last("Pezeshkian's Office of Legal Affairs said the bill was ready.").stream()
                .noneMatch(m -> m.actor() != null && m.actor().name().endsWith("'s office")));
    }

    @Test
    void anInstitutionInACapitalIsThatStatesButAnEmbassyOnlySitsThere() {
        Mention ministry = find(last("The foreign ministry in Beijing said the talks must resume."), "The foreign ministry in Beijing");
        assertEquals(CountryCode.of("CN"), ministry.actor().country());
        assertEquals(Mention.Kind.INSTITUTION, ministry.kind());
        List<Mention> embassy = last("The embassy in Tehran said the talks must resume.");
        List<Mention> delegation = last("The delegation in Islamabad said the talks must resume.");
        assertTrue(delegation.stream().noneMatch(m -> m.actor() != null && CountryCode.of("PK").equals(m.actor().country())
                && m.kind() == Mention.Kind.INSTITUTION), delegation::toString);
        assertTrue(embassy.stream().noneMatch(m -> m.actor() != null && CountryCode.of("IR").equals(m.actor().country())
                && m.kind() == Mention.Kind.INSTITUTION), embassy::toString);
    }

    @Test
    void aPlaceOfOneWordBetweenATitleAndANameIsNoPartOfTheName() {
        Mention consul = find(last("Iran's Consul General in Lahore Mohammad Reza Nazeri said the talks had stalled."),
                "Iran's Consul General in Lahore Mohammad Reza Nazeri");
        assertEquals("Mohammad Reza Nazeri", consul.actor().name());
        assertEquals(CountryCode.of("IR"), consul.actor().country());
        Mention yang = find(last("Consul General of the People's Republic of China in Karachi Yang Yundong met traders on Friday."),
                "Consul General of the People's Republic of China in Karachi Yang Yundong");
        assertEquals("Yang Yundong", yang.actor().name());
        assertEquals(CountryCode.of("CN"), yang.actor().country());
        // the state an envoy is posted to, in the full diplomatic title
        Mention envoy = find(last("Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Bangladesh Alexander "
                + "Mantytsky has said that the strikes were illegal."), "Ambassador Extraordinary and Plenipotentiary of the Russian "
                + "Federation to Bangladesh Alexander Mantytsky");
        assertEquals("Alexander Mantytsky", envoy.actor().name());
        assertEquals(CountryCode.of("RU"), envoy.actor().country());

    }

    @Test
    void aMemberOfAStateInstitutionIsAnOfficialOfItsCountry() {
        Mention karimi = find(last("Hossein Karimi, a member of Iran's Expediency Council, said the talks were over."), "Hossein Karimi");
        assertEquals(CountryCode.of("IR"), karimi.actor().country());
        assertTrue(karimi.actor().official());
        // a member of something else, or an official already known, stays as it was
        Mention analyst = find(last("Hossein Karimi, a member of the Iran Chamber Society, said the talks were over."), "Hossein Karimi");
        assertFalse(analyst.actor().official());
    }

    @Test
    void theHeadOfAnOrganisationInACapitalIsNoOfficialOfItsState() {
        for (String head : List.of("the president of a Beijing think tank", "the director of a Moscow research institute",
                "the head of a Tehran university")) {
            List<Mention> m = last("Li Ming, " + head + ", said the talks had stalled.");
            assertTrue(m.stream().anyMatch(x -> x.actor() != null && x.actor().name().equals("Li Ming")), m::toString);
            assertTrue(m.stream().noneMatch(x -> x.actor() != null && x.actor().isPerson() && (x.actor().official() || x.actor().country() != null)),
                    m::toString);
        }
    }

    @Test
    void anOutsiderOrAnEnvoyInACapitalIsNotThatStatesOfficial() {
        for (String outsider : List.of("A European diplomat in Beijing", "Western officials in Moscow", "Foreign diplomats in Tehran",
                "An Arab ambassador in Tehran", "The ambassador in Tehran", "A diplomat in Beijing")) {
            List<Mention> m = last(outsider + " said the talks had stalled.");
            assertTrue(m.stream().noneMatch(x -> x.actor() != null && x.actor().isPerson() && x.actor().country() != null), m::toString);
        }
        Mention officials = find(last("Officials in Moscow said the talks had stalled."), "Officials in Moscow");
        assertEquals(CountryCode.of("RU"), officials.actor().country());
        assertEquals(CountryCode.of("CN"), find(last("NPC delegates in Beijing said the talks had stalled."), "NPC delegates in Beijing")
                .actor().country());
        assertEquals(null, find(last("Several foreign officials in Moscow said the talks had stalled."), "officials in Moscow").actor().country());
        // an envoy of a state is its own, wherever they are
        Mention envoy = find(last("The Ambassador of China said the talks had stalled."), "The Ambassador of China");
        assertEquals(CountryCode.of("CN"), envoy.actor().country());
        List<Mention> posted = last("Tehran's envoys in Moscow and Beijing defend ties.");
        assertTrue(posted.stream().anyMatch(x -> x.actor() != null && x.actor().isPerson()), posted::toString);
        assertTrue(posted.stream().allMatch(x -> x.actor() == null || !x.actor().isPerson() || CountryCode.of("IR").equals(x.actor().country())),
                posted::toString);
    }

    @Test
    void aBranchOrLevelOfGovernmentBeforeATitleIsPartOfTheOfficial() {
        for (String modifier : List.of("parliamentary", "provincial", "judicial", "diplomatic")) {
            List<Mention> m = last("State media quoted a " + modifier + " official as saying the vote would go ahead.");
            assertEquals("a " + modifier + " official", find(m, "a " + modifier + " official").text());
        }
        assertEquals(CountryCode.of("IR"), find(last("An Iranian provincial official blamed the strike on a drone."),
                "An Iranian provincial official").actor().country());
    }

    @Test
    void aMisspeltSurnameOfAnIntroducedOfficialIsTheirsWhateverItsTag() {
        // the tagger calls the misspelling a pronoun, so only the document's own names can tell it is one
        DocumentEntities doc = Fixtures.entities("Kenya's Ambassador to Chile, Otieno Mwangale, spoke on Monday.\n\n"
                + "Speaking in Santiago, Mwangales noted that the talks went well.\n\nMwangales noted that trade was growing.");
        for (int sentence = 1; sentence <= 2; sentence++) {
            Mention m = find(doc.inSentence(sentence), "Mwangales");
            assertEquals("Otieno Mwangale", m.actor().name());
        }
    }

    @Test
    void aDissimilarUnknownNameIsNotForcedOntoAKnownOne() {
        Mention m = find(last("Petrovsky said it was over."), "Petrovsky");
        assertEquals(Mention.Kind.UNKNOWN, m.kind());
        assertNull(m.actor().country());
    }

    @Test
    void unnamedOfficialsOfOneOrSeveralCountries() {
        List<Mention> m = last("Officials in Moscow and Beijing objected, as did Iranian officials and a senior commander in the Revolutionary Guard.");
        List<Mention> split = m.stream().filter(x -> x.text().equals("Officials in Moscow and Beijing")).toList();
        assertEquals(List.of("Russian officials", "Chinese officials"), split.stream().map(x -> x.actor().name()).toList());
        assertEquals(CountryCode.of("IR"), find(m, "Iranian officials").actor().country());
        assertTrue(find(m, "Iranian officials").group());
        assertEquals(CountryCode.of("IR"), find(m, "a senior commander in the Revolutionary Guard").actor().country());
    }

    @Test
    void aLowerCasePortfolioBeforeATitleKeepsItsNationality() {
        List<Mention> m = last("Russia's state nuclear energy agency chief and Russian intelligence officials warned of a disaster.");
        assertEquals(CountryCode.of("RU"), find(m, "Russia's state nuclear energy agency chief").actor().country());
        assertEquals(CountryCode.of("RU"), find(m, "Russian intelligence officials").actor().country());
    }

    @Test
    void institutionsBuiltFromANationalityAndAKind() {
        List<Mention> m = last("Russia's Foreign Ministry, the Chinese government and the Iranian side all spoke.");
        assertEquals("Russian Foreign Ministry", find(m, "Russia's Foreign Ministry").actor().name());
        assertEquals("Chinese government", find(m, "the Chinese government").actor().name());
        assertEquals(ActorType.STATE, find(m, "the Iranian side").actor().type());
    }

    @Test
    void anOfficeWithoutANameIsItsKnownHolder() {
        assertEquals("Abbas Araghchi", find(last("Iran's foreign minister said little."), "Iran's foreign minister").actor().name());
    }

    @Test
    void aLoneWordIsNoMisspellingOfAShortSurname() {
        assertTrue(last("Wearing his turban as a Sayyid, he congratulated the nation.").stream()
                .noneMatch(m -> m.actor() != null && m.kind() == Mention.Kind.FUZZY), () -> last("as a Sayyid, he spoke.").toString());
    }

    @Test
    void anotherMiddleNameIsAnotherPerson() {
        // "Mohammad Touhid Hossain" is in the knowledge base; "Mohamed Javad Hosseini" is someone else
        assertTrue(last("Chief of Mission Mohamed Javad Hosseini said the embassy would stay open.").stream()
                .noneMatch(m -> m.actor() != null && m.actor().name().equals("Touhid Hossain")));
    }

    @Test
    void formerOfficialsAreNotOfficialVoices() {
        assertFalse(find(last("Former Iranian diplomat Reza Nouri said it was a mistake."), "Former Iranian diplomat Reza Nouri")
                .actor().official());
    }

    @Test
    void aFormerOfficeLeavesAnOfficeHeldNowOfficial() {
        assertTrue(find(last("Former Russian President Dmitry Medvedev has claimed that several countries are ready to arm Iran."),
                "Former Russian President Dmitry Medvedev").actor().official());
        assertFalse(find(last("date 2025-06-20\n\nFormer Iranian Foreign Minister Javad Zarif said it was a mistake."),
                "Former Iranian Foreign Minister Javad Zarif").actor().official());
    }

    @Test
    void pronounsAndRoleNounsAreLeftForTheStatementStage() {
        List<Mention> m = last("He said the ministry and the spokesman agreed.");
        assertNotNull(find(m, "He").anaphor());
        assertEquals("ministry", find(m, "the ministry").anaphor().roles().get(0));
        assertEquals("spokes", find(m, "the spokesman").anaphor().roles().get(0));
    }

    @Test
    void daysAndRegionsAreNeverActors() {
        List<Mention> m = last("The Kremlin Monday said the Middle East was calm.");
        assertEquals(List.of("The Kremlin"), m.stream().map(Mention::text).toList());
    }

    @Test
    void namesInCapitalsAreFound() {
        assertEquals("Sergey Lavrov", find(last("SERGEY LAVROV: We never asked for this."), "SERGEY LAVROV").actor().name());
    }
}
