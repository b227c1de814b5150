package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectOfVerbTest {
    @Test
    void theSubjectBeforeATimePhraseSpeaks() {
        Event e = Reading.at("Chinese Foreign Minister Wang Yi on Monday said the strikes were illegal.", "said");
        assertEquals("subject-of-verb", e.rule().name());
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
    }

    @Test
    void aStatementNounInAnOccasionPhraseIsNoSubject() {
        for (String sentence : List.of("The Kenyan foreign ministry, in a statement said it \u201Cstrongly condemns the raid.\u201D",
                "The Kenyan foreign ministry in its statement said that the raid was illegal.")) {
            assertEquals(List.of("Kenyan Foreign Ministry"), Reading.speakers(Reading.at(sentence, "said")), sentence);
        }
    }

    @Test
    void aReadoutOfTheCallIsTheSubjectNotTheCall() {
        assertEquals(List.of("China"), Reading.speakers(Reading.at("China's readout of the call said the strikes were illegal.", "said")));
        assertEquals(List.of("Kremlin"), Reading.speakers(Reading.at("A Kremlin summary of the long conversation said the strikes were illegal.", "said")));
    }

    @Test
    void theOwnerOfADescribedStatementNounSpeaks() {
        assertEquals(List.of("Russia"), Reading.speakers(Reading.at("Russia's strongly worded diplomatic note said the strikes were illegal.", "said")));
        assertEquals(List.of(), Reading.speakers(Reading.at("The strongly worded diplomatic note said the strikes were illegal.", "said")));
        // a noun between names what the statement is about: its owner did not speak
        assertEquals(List.of(), Reading.speakers(Reading.at("Khamenei's death announcement said the funeral would be held on Monday.", "said")));
    }

    @Test
    void whatANounIsAimedAtIsNoSubject() {
        assertEquals(List.of(), Reading.speakers(Reading.at("The Kenyan delegation's visit to China underscores the partnership.", "underscores")));
        assertEquals(List.of(), Reading.speakers(Reading.at("The attack on Iran and Syria underscores the danger.", "underscores")));
        // a comma closes a fronted phrase: the subject after it speaks
        assertEquals(List.of("Saeed Khatibzadeh"), Reading.speakers(Reading.at("Sharpening his attack on Trump, Khatibzadeh said the talks were dead.", "said")));
        assertEquals(List.of("China", "Russia"), Reading.speakers(Reading.at("Following strikes on Iran, China and Russia have expressed deep concern.", "expressed")));
    }

    @Test
    void aCommaAndJoinsAClauseNotTheObjectBefore() {
        assertEquals(List.of("Donald Trump"), Reading.speakers(Reading.at("Oil prices jumped after Israel struck Iran, and U.S. President Donald Trump "
                + "urged calm.", "urged")));
        assertEquals(List.of("Russia", "China", "Iran"), Reading.speakers(Reading.at("Russia, China, and Iran condemned the strikes.", "condemned")));
    }

    @Test
    void aPronounAfterWhatIsTheSubjectOfTheVerbBefore() {
        // "Iran" of "between Israel and Iran" is nearer the sentence's start, but the one who launched is the one who termed it
        assertEquals(List.of("Israel"), Reading.speakers(Reading.at("The conflict between Israel and Iran has entered its seventh day, since "
                + "Israel launched what it termed a pre-emptive strike.", "termed")));
        assertEquals(List.of("Israel"), Reading.speakers(Reading.at("Talks between Iran and Oman stalled after Israel had carried out what it "
                + "termed a limited raid.", "termed")));
    }

    @Test
    void echoingAndDescribingAreSpeech() {
        assertEquals(List.of("Wang Yi"), Reading.speakers(Reading.at("Wang Yi echoed these remarks, describing the raid as a crime.", "echoed")));
        assertEquals(List.of("Wang Yi"), Reading.speakers(Reading.at("Wang Yi echoed these remarks, describing the raid as a crime.", "describing")));
    }

    @Test
    void aNegatedSubjectDoesNotSpeak() {
        Event e = Reading.at("Neither the Kremlin nor Peskov has said anything about the report.", "said");
        assertEquals("subject-of-verb", e.rule().name());
        assertEquals(true, e.negated());
    }

    @Test
    void everyMemberOfAnIncludingListSpeaks() {
        Event e = Reading.at("Several states, including Peru, Russia and Chile, condemned the raid.", "condemned");
        assertEquals(List.of("Peru", "Russia", "Chile"), Reading.speakers(e));
        Event dashes = Reading.at("Eleven board members—including Peru, Russia and Chile—jointly condemned the raid.", "condemned");
        assertEquals(List.of("Peru", "Russia", "Chile"), Reading.speakers(dashes));
    }

    @Test
    void aGroupThatClosesAListLeavesTheActorsBeforeItSpeaking() {
        assertEquals(List.of("Peru", "Chile"), Reading.speakers(Reading.at(
                "Peru, Chile, and a host of other nations rallied to condemn the raid.", "condemn")));
        assertEquals(List.of("Peru", "Russia"), Reading.speakers(Reading.at("Peru, Russia and other BRICS members condemned the raid.", "condemned")));
        assertEquals(List.of(), Reading.speakers(Reading.at("Raids on Peru and other countries said nothing new.", "said")));
    }

    @Test
    void theNameAfterADescriptionThatOpensTheSentenceSpeaks() {
        assertEquals(List.of("Sergei Naryshkin"), Reading.speakers(Reading.at(
                "The head of Russia's foreign intelligence service, Sergei Naryshkin, has said the situation is critical.", "said")));
        // a description in the aside after a name leaves the name speaking
        assertEquals(List.of("Sergei Naryshkin"), Reading.speakers(Reading.at(
                "Sergei Naryshkin, head of Russia's foreign intelligence service, has said the situation is critical.", "said")));
    }

    @Test
    void aRelativePronounRightAfterANameStandsForIt() {
        assertEquals(List.of("Yuri Ushakov"), Reading.speakers(Reading.at("The envoys had a call with Ushakov who reiterated the same.", "reiterated")));
    }

    @Test
    void whichAfterAStateIsNoneOfItsSpeech() {
        assertEquals(false, Reading.speakers(Reading.at("The council passed a resolution on Chile which condemned attacks on shipping.",
                "condemned")).contains("Chile"));
    }

    @Test
    void aTimeSetOffByCommasIsSteppedOver() {
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(Reading.at("Russian President Vladimir Putin on Monday, June 23rd, slammed "
                + "the raids on Venezuela.", "slammed")));
        assertEquals(List.of("Chinese Foreign Ministry"), Reading.speakers(Reading.at("The Chinese Ministry of Foreign Affairs, on Friday "
                + "said the country has become unsafe.", "said")));
    }

    @Test
    void aPlaceAndATimeBeforeAPurposeAreNoSubject() {
        assertEquals(List.of("Wang Yi", "Abbas Araghchi"), Reading.speakers(Reading.at("Chinese Foreign Minister Wang Yi and Iranian "
                + "Foreign Minister Abbas Araghchi met in Beijing this month to urge a ceasefire.", "urge")));
    }

    /** An aside between commas that names the noun before it is the subject: "China's top legislature, the NPC, said". */
    @Test
    void anAsideThatNamesTheNounBeforeItIsTheSubject() {
        assertEquals(List.of("National People's Congress"), Reading.speakers(Reading.at("A day later, China's top legislative body, the "
                + "National People's Congress, said that the blockade was illegal.", "said")));
        assertEquals(List.of("National People's Congress"), Reading.speakers(Reading.at("China's top legislative body, the National "
                + "People's Congress (NPC), has announced a ban on the passage of ships.", "announced")), "past the aside's acronym");
    }

    /** A participle right after the last of a verb's objects is not theirs; after an absolute "with" it is. */
    @Test
    void aParticipleAfterAListOfObjectsIsNotTheirs() {
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(Reading.at("Putin has spoken with Chilean President Ana Ruiz, Peruvian "
                + "President Tomas Okafor and Iranian President Masoud Pezeshkian saying that Russia is ready to mediate.", "saying")));
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at("Peru closed its embassy, with Maria Zakharova saying that "
                + "Moscow regretted the step.", "saying")));
    }

    @Test
    void anOfficialsAlliesAreNotTheOfficial() {
        assertTrue(Reading.events("Hardline allies of Vladimir Putin are demanding that Moscow back Venezuela.").stream()
                .noneMatch(e -> Reading.speakers(e).contains("Vladimir Putin")));
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(Reading.at("The office of Vladimir Putin said the raid was illegal.", "said")));
    }

    @Test
    void anUnknownPlaceEndsTheOfficialsPhrase() {
        assertEquals(List.of("Russia's envoy"), Reading.speakers(Reading.at(
                "Russia's envoy to international organizations in Zorbatown said the decision was a natural response.", "said")));
        assertEquals(List.of("Russian Mission"), Reading.speakers(Reading.at(
                "Russia's permanent mission in Zorbatown had called for the meeting in a letter.", "called")));
    }

    @Test
    void aControlVerbOrAdjectiveBeforeToIsSteppedOver() {
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at("Zakharova hastened to add that the raid was a crime.", "add")));
        assertEquals(List.of("Dmitry Peskov"), Reading.speakers(Reading.at("Peskov was quick to condemn the raid.", "condemn")));
    }

    @Test
    void aParticipleAfterACommaHasNoSubjectOfItsOwn() {
        Event e = Reading.at("The envoy put his neighbour, Chile, on notice, warning Lavrov about the raid.", "warning");
        assertEquals(false, Reading.speakers(e).contains("Chile"), () -> Reading.speakers(e).toString());
    }

    @Test
    void aStatementThatReadsAQuotationIsItsIssuers() {
        Event e = Reading.at("“The region is a zone of peace,” a statement released by the Chinese foreign ministry reads.", "reads");
        assertEquals(List.of("Chinese Foreign Ministry"), Reading.speakers(e));
        assertEquals(List.of(), Reading.events("The minister reads the reports every morning.").stream()
                .filter(x -> x.cue().surface().equals("reads")).toList());
    }

    @Test
    void aRelativeClauseWithABracketBetweenTheSubjectAndItsVerbIsSteppedOver() {
        Event e = Reading.at("Kenyan President William Ruto, who chairs the East African Community (EAC), said he would convene "
                + "a summit.", "said");
        assertEquals(List.of("William Ruto"), Reading.speakers(e));
    }

    @Test
    void concludeReportsSpeechOnlyWhenItsWordsFollowOrSurroundIt() {
        Event e = Reading.at("Kenyan President Daniel Mwangi spoke last. These actions, he concluded, have hindered the talks.", "concluded");
        assertEquals(List.of("Daniel Mwangi"), Reading.speakers(e));
        assertEquals(List.of(), Reading.events("Kenyan President Daniel Mwangi concluded his visit to Lima on Monday.").stream()
                .filter(x -> x.cue().surface().equals("concluded")).toList());
    }

    @Test
    void aStateAtAnInternationalBodyIsTheSubjectNotTheBody() {
        assertEquals(List.of("China"), Reading.speakers(Reading.at("China at UN urges truce, dialogue on Iran issue", "urges")));
        assertEquals(List.of("Russia"), Reading.speakers(Reading.at("Russia at the Security Council warned against new strikes.", "warned")));
    }

    @Test
    void aRelativePronounAfterACommaStandsForTheActorBefore() {
        Event e = Reading.at("The talks follow sharp criticism from Kenyan President Daniel Mwangi, who accused Peru of deliberate attacks.",
                "accused");
        assertEquals(List.of("Daniel Mwangi"), Reading.speakers(e));
    }

    @Test
    void aPersonOfAStateIsTheSubjectNotTheState() {
        Event e = Reading.at("Kenyan President Daniel Mwangi spoke first. Foreign Minister Grace Otieno of Kenya said the raid was illegal.",
                "said");
        assertEquals(List.of("Grace Otieno"), Reading.speakers(e));
    }

    @Test
    void aParticipleRightAfterAPrepositionsObjectIsTheClauseSubjects() {
        Event e = Reading.at("Putin and Xi condemned Israeli strikes against Iran urging both sides to pursue diplomacy.", "urging");
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), Reading.speakers(e));
    }

    @Test
    void aParticipleAfterANounsAgentIsTheAgents() {
        Event e = Reading.at("The warning came after a report by Reuters suggesting that Israel was preparing a strike.", "suggesting");
        assertEquals(List.of("Reuters"), Reading.speakers(e));
    }

    @Test
    void aParticipleAfterWithAndItsObjectIsTheObjects() {
        Event e = Reading.at("The Kremlin condemned the strikes, with Foreign Minister Sergey Lavrov calling them a crime.", "calling");
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(e));
    }

    @Test
    void anAcronymInBracketsStandsBetweenTheSubjectAndItsVerb() {
        assertEquals(List.of("IRGC"), Reading.speakers(Reading.at("Iran's Islamic Revolutionary Guard Corps (IRGC) said early on Monday "
                + "that it struck a US air base.", "said")));
        assertEquals(List.of("IRGC"), Reading.speakers(Reading.at("The IRGC said it struck a base. The force also warned that any attack "
                + "would meet a response.", "warned")));
    }
}
