package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;

/** Readouts and nested speech: the words belong to the inner speaker, the reporter is only their source. */
class NestedSpeechTest {
    private static List<String> speakers(String text, String... countries) {
        AnnotatedDocument document = Fixtures.annotate(text);
        return Fixtures.EXTRACTOR.extract(document, Fixtures.RECOGNIZER.recognize(document), java.util.Arrays.stream(countries).map(CountryCode::of).collect(java.util.stream.Collectors.toSet())).stream()
                .map(s -> s.speaker().name() + "/" + s.country()).toList();
    }

    @Test
    void aReadoutOfAnotherCountrysOfficialIsThatOfficialsStatement() {
        assertEquals(List.of("Egyptian minister/EG"), speakers(
                "The Chinese Foreign Ministry said in a readout that the Egyptian minister expressed gratitude for the aid.", "CN", "EG"));
    }

    @Test
    void quotedWordsThatEndWithACommaEndTheReportBeforeASubjectOfItsOwn() {
        assertEquals(List.of("US official/US", "Mao Ning/CN"), speakers("When asked about a US official's remark that “Beijing should "
                + "stop buying oil,” Mao Ning said China's trade is legitimate.", "CN", "US"));
        // a participle after the quoted words still goes with the verb before
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi condemned what he called a “criminal attack,” writing on X that "
                + "Iran would respond.", "IR"));
        // quoted words inside a subordinate clause of the report stay in it
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova said that if the IAEA keeps repeating “Western narratives,” "
                + "Iran would reject its reports.", "RU", "IR"));
    }

    @Test
    void twoStatesJoinedByACommaAreBothSubjectsOfTheReport() {
        // headline style: "Russia, China" is "Russia and China", so what they assured is what Iran says
        assertEquals(List.of("Iran/IR"), speakers("Iran says Russia, China assured it of support", "RU", "CN", "IR"));
        assertEquals(List.of("Iran/IR"), speakers("Iran said that Russia, China had assured it of support.", "RU", "CN", "IR"));
        // a comma after anything else still ends the report
        assertEquals(List.of("Iran/IR", "China/CN"), speakers("Iran said on Monday it was ready, China assured it of support.",
                "CN", "IR"));
    }

    @Test
    void aRelativeClauseAfterACommaIsNoPartOfTheWordsBefore() {
        assertEquals(List.of("Vladimir Putin/RU", "Kremlin/RU"), speakers(
                "Putin criticised the strikes on the port, which the Kremlin described as unprovoked aggression.", "RU"));
    }

    @Test
    void anAppositiveAfterACommaIsNoPartOfTheWordsBefore() {
        assertEquals(List.of("Iran/IR"), speakers(
                "Washington blamed Iran for the attack on the tanker, an accusation Tehran swiftly rejected as baseless.", "IR"));
    }

    @Test
    void aPrepositionalAsideAfterACommaIsNoPartOfTheWordsBefore() {
        assertEquals(List.of("Iran/IR"), speakers("Qatar said it intercepted several missiles over its capital on Monday, in an attack "
                + "Tehran claimed was aimed at the air base.", "IR"));
    }

    @Test
    void aDashEndsTheWordsBefore() {
        assertEquals(List.of("Kremlin/RU"), speakers("Tensions have soared, with Washington pushing for regime change in Caracas \u2013 "
                + "strikes the Kremlin warned may plunge the region into war.", "RU"));
    }

    @Test
    void aSourceAfterAccordingToIsNotASpeakerBesideTheOneItQuotes() {
        assertEquals(List.of("Masoud Pezeshkian/IR"), speakers("According to the Kremlin, Pezeshkian thanked Putin for the support.",
                "RU", "IR"));
    }

    @Test
    void anOfficialsWordsThatAnOutletReportsStayTheOfficials() {
        assertEquals(List.of("Wang Yi/CN"), speakers("Xinhua reported that Chinese Foreign Minister Wang Yi said the strikes violated "
                + "international law.", "CN"));
        assertEquals(List.of("Wang Yi/CN"), speakers("Chinese Foreign Minister Wang Yi spoke. Xinhua reported he said the strikes were "
                + "unacceptable.", "CN"));
        assertEquals(List.of("Xi Jinping/CN"), speakers("Chinese state media said Xi had called for calm.", "CN"));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Xinhua said Putin had condemned the strikes.", "RU", "CN"));
        // what an outlet says a state did stays the outlet's
        assertEquals(List.of(), speakers("Xinhua said China had sent aid to the region.", "CN"));
    }

    @Test
    void anOfficialSourceSpeaksForItsOwnStateInItsSentence() {
        assertEquals(List.of("Esmaeil Baghaei/IR"), speakers("Iran's Foreign Ministry spokesman arrived in Geneva on Monday. Iran holds the United "
                + "States responsible for the raid, according to the Foreign Ministry's spokesman.", "IR", "US"));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Russia will not take part in the talks, according to Peskov.", "RU"));
        assertEquals(List.of("Vassily Nebenzia/RU"), speakers("Russia's envoy Vassily Nebenzia arrived in New York on Monday. According to him, the "
                + "Russian government remains committed to defending the treaty.", "RU"));
        // another country's state is no one the source speaks for: the source gives way
        assertEquals(List.of("Kenya/KE"), speakers("Kenya rejected the request, according to the Kremlin.", "RU", "KE"));
    }

    @Test
    void aQuotedReadoutNamesItsOfficialPastATimeWordAndAnObject() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("“Foreign Minister Sergey Lavrov yesterday sent a letter to the Secretary-General,” "
                + "the spokeswoman told reporters.", "RU"));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("“Foreign Minister Sergey Lavrov yesterday informed the Secretary-General that "
                + "the talks were off,” the spokeswoman told reporters.", "RU"));
    }

    @Test
    void aSourceAloneSpeaks() {
        assertEquals(List.of("Kremlin/RU"), speakers("According to the Kremlin, the consultations will go on next week.", "RU"));
    }

    @Test
    void anOfficialReportingHisOwnCountryKeepsTheWords() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov said Russia condemned the raid.", "RU"));
    }

    @Test
    void speechReportedByAnAnalystIsNoStatement() {
        assertEquals(List.of(), speakers("Analysts say China condemned the raid.", "CN"));
    }

    @Test
    void anOfficialSayingWhatAnotherCountryDidSpeaksForHimself() {
        assertEquals(List.of("Vassily Nebenzia/RU"), speakers("Nebenzia recalled that the US had falsely claimed the raid was legal.", "RU", "US"));
    }

    @Test
    void aParticipleClauseAfterTheReportHasASpeakerOfItsOwn() {
        assertEquals(List.of("Russia/RU", "Ukraine/UA"),
                speakers("Moscow said the drills were routine, prompting Kyiv to condemn them as a provocation.", "RU", "UA"));
    }

    @Test
    void wordsAnOfficialSaysAnotherToldHimAreTheOthersReportedByHim() {
        List<Statement> found = Fixtures.statements("Araghchi said Lavrov had told him that Russia stood by Iran.");
        assertEquals(1, found.size(), found.toString());
        Statement s = found.get(0);
        assertEquals("Sergey Lavrov/RU", s.speaker().name() + "/" + s.country());
        assertEquals(Voice.REPORTED, s.voice());
        assertEquals("Abbas Araghchi", s.reportedBy().name());
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi said Lavrov had told reporters that Russia stood by Iran.", "RU", "IR"));
        assertEquals(Voice.OFFICIAL, Fixtures.statements("Araghchi said Iran stood by Russia.").get(0).voice());
    }

    @Test
    void whatAThirdPartyClaimsInsideAStatementIsNotAStatementOfTheSpeakersCountry() {
        assertEquals(List.of("China/CN", "Wang Yi/CN"), speakers("China also criticised the raids, with Foreign Minister Wang Yi warning "
                + "that the US and British moves could cause the very chaos they claim to be preventing.", "CN", "US", "GB"));
        assertEquals(List.of("Sergey Lavrov/RU", "Sergey Lavrov/RU"),
                speakers("Lavrov said the talks had failed, and he warned of a wider war.", "RU"));
    }

    @Test
    void anOfficeReadingOutItsOwnOfficialGivesTheOfficialsWords() {
        assertEquals(List.of("Vladimir Putin/RU"), speakers("The Kremlin said Putin stressed the need for talks.", "RU"));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("A Kremlin statement said Putin told Pezeshkian that Russia stood by Iran.", "RU", "IR"));
        assertEquals(List.of("Wang Yi/CN"), speakers("China said Wang Yi urged both sides to return to talks.", "CN"));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov said Putin had stressed the need for talks.", "RU"));
        assertEquals(List.of("Vladimir Putin/RU"),
                speakers("The Kremlin said Putin, in a call with the Turkish leader, \u201cstressed the need for talks\u201d.", "RU"));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("In a call with Erdogan, Putin condemned the strikes, the Kremlin said.", "RU"));
        // another country's office tagging it reports it, and stays a speaker of its own
        assertEquals(List.of("Vladimir Putin/RU", "China/CN"), speakers("Putin condemned the strikes, China said.", "RU", "CN"));
    }

    @Test
    void theOneQuotedAsSayingIsTheSpeaker() {
        assertEquals(List.of("Wang Yi/CN"), speakers("Xinhua quoted Wang Yi as saying that the raid violated international law.", "CN"));
        assertEquals(List.of("Wang Yi/CN"), speakers("The Chinese Foreign Ministry quoted Wang Yi as saying that China stood by Iran.", "CN"));
        // in the passive, after the words, whoever the words name first
        assertEquals(List.of("Fu Cong/CN"), speakers("Iran has the right to defend itself, Chinese envoy Fu Cong was quoted as saying.",
                "CN", "IR"));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Russia will support Iran, Lavrov was quoted by TASS as saying.", "RU"));
    }

    @Test
    void counteringIsSpeech() {
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova countered that the drills were routine.", "RU"));
    }
}
