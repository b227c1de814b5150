package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

/** The hard cases of attribution, each on sentences written for the test. */
class StatementExtractorTest {

    private static List<Statement> statements(String text) {
        return Fixtures.statements(text);
    }

    private static Statement only(String text) {
        List<Statement> found = statements(text);
        assertEquals(1, found.size(), () -> "expected one statement in: " + text + "\nfound: " + found);
        return found.get(0);
    }

    private static List<String> speakers(String text) {
        return Fixtures.speakers(text);
    }

    // ---------------------------------------------------------------- direct quotations

    @Test
    void speakerAfterTheQuotation() {
        Statement s = only("“This is a flagrant violation of the Charter,” Nebenzia said.");
        assertEquals("Vassily Nebenzia", s.speaker().name());
        assertEquals(Mode.DIRECT, s.mode());
        assertEquals("This is a flagrant violation of the Charter,", s.quote());
        assertEquals(SpeechCue.verb("said"), s.cue());
    }

    @Test
    void speakerAfterTheVerbAfterTheQuotation() {
        Statement s = only("“The region cannot take another war,” said Chinese Foreign Ministry spokesperson Mao Ning.");
        assertEquals("Mao Ning", s.speaker().name());
    }

    @Test
    void speakerBeforeAColon() {
        Statement s = only("Zakharova said: “The strikes must stop at once.”");
        assertEquals("Maria Zakharova", s.speaker().name());
        assertEquals("The strikes must stop at once.", s.quote());
    }

    @Test
    void aTagCutOffAsItsOwnParagraphIsNoStatementOfItsOwn() {
        Statement s = only("Kremlin spokesman Dmitry Peskov said on Thursday,\n\n“Nobody in Moscow wants a wider war.”");
        assertEquals("Dmitry Peskov", s.speaker().name());
        assertEquals("Nobody in Moscow wants a wider war.", s.quote());
    }

    @Test
    void colonAfterAClauseWithoutASpeechVerb() {
        Statement s = only("Peskov offered a comparison: “Nobody asked us for weapons.”");
        assertEquals("Dmitry Peskov", s.speaker().name());
    }

    @Test
    void speakerInTheMiddleOfASplitQuotation() {
        Statement s = only("“We condemn this,” Peskov said, “and we call on all sides to show restraint.”");
        assertEquals("Dmitry Peskov", s.speaker().name());
        assertTrue(s.quote().contains("We condemn this") && s.quote().contains("show restraint"), s.quote());
    }

    @Test
    void aQuotationOverSeveralSentencesIsOneStatement() {
        Statement s = only("“The attack is illegal. Washington must answer for it,” Lavrov said.");
        assertTrue(s.quote().contains("illegal") && s.quote().contains("answer for it"));
        assertTrue(s.text().startsWith("“The attack"));
    }

    @Test
    void aQuotationReopenedOnTheNextParagraphIsAttributedWhereItEnds() {
        List<Statement> found = statements("“We will not stand by while our partner is attacked.\n“Our partnership is strong,” Lavrov said.");
        assertEquals(List.of("Sergey Lavrov", "Sergey Lavrov"), found.stream().map(s -> s.speaker().name()).toList());
        assertEquals(Mode.DIRECT, found.get(0).mode());
    }

    @Test
    void aNewQuotationAfterTheAttributionContinuesTheSpeaker() {
        List<Statement> found = statements("“Nobody asked us,” Baghaei said. “We never requested troops.”");
        assertEquals(2, found.size());
        assertEquals("Esmaeil Baghaei", found.get(1).speaker().name());
        assertEquals("quote", found.get(1).cue().word());
    }

    // ---------------------------------------------------------------- pronouns and role nouns

    @Test
    void pronounsGoToTheNearestCompatibleActor() {
        List<Statement> found = statements("Lavrov met reporters in Moscow. “We warned them,” he added.");
        assertEquals("Sergey Lavrov", found.get(0).speaker().name());
    }

    @Test
    void aPronounInsideAQuotationIsNotItsOwnSpeaker() {
        List<Statement> found = statements("Baghaei spoke after the call. “President Putin did what he promised,” he said.");
        assertEquals("Esmaeil Baghaei", found.get(0).speaker().name());
    }

    @Test
    void aPronounNeverSkipsAnUnrelatedNamedPerson() {
        assertEquals(List.of(), statements("Wang Yi arrived on Monday. Analyst Tom Reyes reviewed the talks. He said they had failed."));
    }

    @Test
    void roleNounsReferToTheMatchingActor() {
        assertEquals(List.of("Russian Foreign Ministry/RU"),
                speakers("Russia's Foreign Ministry issued a long text. The ministry argued that the strikes were illegal."));
        assertEquals("Maria Zakharova", statements("Maria Zakharova spoke in Moscow. The spokeswoman told reporters the raids were reckless.")
                .get(0).speaker().name());
        assertEquals("Wang Yi", statements("Wang Yi called his counterpart. The minister said talks must resume.").get(0).speaker().name());
    }

    @Test
    void theStatementSaidIsItsIssuer() {
        List<Statement> found = statements("Moscow urged an end to the fighting. The statement described the raids as reckless.");
        assertEquals(List.of("Russia", "Russia"), found.stream().map(s -> s.speaker().name()).toList());
    }

    // ---------------------------------------------------------------- titles and appositives

    @Test
    void appositivesAndTitlesNameTheSpeakerAndItsCountry() {
        Statement general = only("Brigadier General Farhad Tavakoli, the deputy for operations at Iran's IRGC, said the base was hit.");
        assertEquals("Farhad Tavakoli", general.speaker().name());
        assertEquals(CountryCode.of("IR"), general.country());
        assertEquals(CountryCode.of("RU"), only("Russian vice minister Pyotr Ilyin said the treaty stands.").country());
        Statement envoy = only("China's envoy to the UN, Fu Cong, told the Council the strikes were illegal.");
        assertEquals("Fu Cong", envoy.speaker().name());
        // a post or portfolio that is no country may stand between the office and its holder's name
        assertEquals("Zhai Jun", only("Beijing's envoy to the Middle East, Zhai Jun, was careful, telling Al Jazeera that China would "
                + "not take sides.").speaker().name());
        // not a time phrase before another sentence's subject
        assertEquals(List.of(), speakers("Wang Yi called Iran's foreign minister on Tuesday, Li Ming told reporters."));
        Statement deputy = only("Iran's deputy foreign minister for economic diplomacy, Hamid Ghanbari, told businessmen that trade "
                + "would go on.");
        assertEquals("Hamid Ghanbari", deputy.speaker().name());
        assertEquals(CountryCode.of("IR"), deputy.country());
    }

    @Test
    void aSourceNamedWithAccordingToDoesNotDuplicateTheSpeaker() {
        Statement s = only("According to a statement from China's Foreign Ministry, Wang told his counterpart that talks must resume.");
        assertEquals("Wang Yi", s.speaker().name());
    }

    @Test
    void aSourceAloneIsTheSpeaker() {
        assertEquals("Russian Foreign Ministry", only("The strikes were illegal, according to Russia's Foreign Ministry.").speaker().name());
    }

    @Test
    void statesAndMetonymsSpeak() {
        assertEquals(List.of("China/CN"), speakers("China demanded an immediate ceasefire."));
        assertEquals(List.of("Russia/RU"), speakers("Moscow urged all sides to return to talks."));
        assertEquals(List.of("Kremlin/RU"), speakers("The Kremlin said the raids were unacceptable."));
        assertEquals(List.of("China/CN"), speakers("Beijing has voiced deep concern."));
        assertEquals(List.of("Russia/RU", "China/CN"), speakers("Russia and China jointly condemned the raids."));
    }

    @Test
    void twoSpeakersInOneSentenceKeepTheirOwnWords() {
        List<Statement> found = statements("Russia condemned the raids as “criminal,” while China called for restraint.");
        assertEquals(List.of("Russia", "China"), found.stream().map(s -> s.speaker().name()).toList());
        assertEquals("criminal,", found.get(0).quote());
        assertNull(found.get(1).quote());
        assertEquals(Mode.INDIRECT, found.get(1).mode());
    }

    @Test
    void anonymousOfficials() {
        Statement s = only("Iranian officials, speaking anonymously, said they were disappointed.");
        assertEquals("Iranian officials", s.speaker().name());
        assertEquals(CountryCode.of("IR"), s.country());
    }

    @Test
    void misspeltNamesAreStillTheirSpeakers() {
        assertEquals("Abbas Araghchi", only("Foreign Minister Abbas Arakchi said the talks were over.").speaker().name());
        List<Statement> found = statements("Russian Deputy Foreign Minister Sergei Ryabkof spoke first. “Our ties are strong,” Riyabkof said.");
        assertEquals("Sergei Ryabkov", found.get(found.size() - 1).speaker().name());
    }

    @Test
    void passiveAgentsSpeak() {
        assertEquals(List.of("Russia/RU", "China/CN"), speakers("The emergency session was requested by Russia and China."));
    }

    @Test
    void transcriptTurnsAreTheirSpeakersWords() {
        Statement s = only("ABBAS ARAGHCHI: Our cooperation with Moscow is no secret. It will continue.");
        assertEquals("Abbas Araghchi", s.speaker().name());
        assertEquals(Mode.DIRECT, s.mode());
        assertTrue(s.quote().startsWith("Our cooperation"));
    }

    @Test
    void aReportingParticipleAfterACommaSpeaksForTheClausesSubject() {
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Peskov refused to be drawn on the matter, saying Moscow would wait."));
        assertEquals(List.of(), speakers("Moscow has used foreign drones for years, highlighting a complex partnership."));
    }

    @Test
    void anIncludingListSpeaks() {
        assertEquals(List.of("Russia/RU", "China/CN"), speakers("Several governments, including Russia and China, condemned the raid."));
    }

    @Test
    void headlinesJoinNamesWithCommasAndQuoteTheirVerbs() {
        // two acts of both leaders: the quoted verb, and the verb after the comma that shares their subject
        assertEquals(List.of("Vladimir Putin/RU", "Vladimir Putin/RU", "Xi Jinping/CN", "Xi Jinping/CN"),
                speakers("Putin, Xi 'strongly condemn' raids on Iran, urge talks"));
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("No help sought from Beijing or Moscow, Araghchi says"));
    }

    @Test
    void aQuotedVerbMayFollowItsSubjectsAuxiliary() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("A summary of the talks said Lavrov had \"firmly rejected\" the ultimatum."));
        assertEquals(List.of(), speakers("The summary said the talks had \"firmly rejected\" the ultimatum."));
    }

    @Test
    void aHeadlinesCapitalisedVerbAfterATitleIsTheVerbNotTheName() {
        assertEquals(List.of("Russian Envoy/RU"), speakers("Russian Envoy Condemns US Strikes on Iran\n\nThe war went on for days."));
        assertEquals(List.of("Chinese Foreign Ministry/CN"), speakers("Chinese Foreign Ministry Says Strikes Violate UN Charter\n\nThe war went on."));
    }

    @Test
    void addressingQuestionsOrReportsIsAStatement() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov addressed mounting public questions over Russia's role in the war."));
        assertEquals(List.of(), speakers("Lavrov addressed the crowd in Red Square on Victory Day."));
    }

    @Test
    void aStateSpeakingThroughAnOfficialSpeaksByThatOfficial() {
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("The Russian government, through its spokesman Dmitry Peskov, condemned the attack."));
        // an aside that is not the voice keeps the state as the speaker
        assertEquals(List.of("Russia/RU"), speakers("Russia, through years of quiet diplomacy, has condemned every coup."));
    }

    @Test
    void aQuotationThatOpensWithAPastSpeechVerbIsItsSubjectsStatement() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov, speaking in Moscow on Monday, \"condemned the raids on Iranian cities\"."));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov \"warned against any further escalation in the region\" and left."));
        assertEquals(List.of("Sergey Lavrov/RU", "Wang Yi/CN"), speakers("Lavrov said he had called his counterpart, Wang Yi, who "
                + "\u201cconfirmed the attack and assured that urgent measures were being taken.\u201d"));
        // words put in a clause: the present form is the quotation's own ("... that Russia “condemns ...”")
        assertEquals(List.of(), speakers("The paper wrote that Russia \"condemns every attack on a sovereign state\" in private only."));
    }

    @Test
    void aCounterpartJoinsTheSubject() {
        assertEquals(List.of("Vladimir Putin/RU", "Xi Jinping/CN"),
                speakers("Putin and his Chinese counterpart Xi Jinping on Thursday condemned the raid."));
    }

    @Test
    void leadersEachNamedByTheirStatesPossessiveAreBothSubjects() {
        assertEquals(List.of("Vladimir Putin/RU", "Xi Jinping/CN"),
                speakers("Russia's Putin and China's Xi condemned the raid on Thursday."));
    }

    @Test
    void speechInsideAParentheticalDoesNotSwallowTheMainClause() {
        assertEquals(List.of("Wang Yi/CN"), speakers("During the call, which Xinhua said was requested by Moscow, Wang said the raids were illegal."));
    }

    @Test
    void timePhrasesBetweenSubjectAndVerb() {
        assertEquals(List.of("China/CN"), speakers("Beijing has in recent days urged its citizens to leave."));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Putin on Sunday called the raid \u201Ca crime\u201D."));
        assertEquals(List.of("Kremlin/RU"), speakers("The Kremlin Monday said it regretted the raids."));
    }

    // ---------------------------------------------------------------- not statements

    @Test
    void analystsThinkTanksAndOutletsAreNotOfficialVoices() {
        assertEquals(List.of(), statements("Analysts say Russia condemned the strikes."));
        assertEquals(List.of(), statements("“China is deeply concerned,” reported Townhall."));
        assertEquals(List.of(), statements("Chatham House, a British think tank, said Beijing would stay out."));
        assertEquals(List.of(), statements("Reuters reported that Iran had asked for help."));
    }

    @Test
    void questionsAndNarrationAreNotStatements() {
        assertEquals(List.of(), statements("Will China Help Iran Militarily?"));
        assertEquals(List.of(), statements("China remains Iran's largest oil buyer."));
    }

    @Test
    void aPhraseSetBetweenSubjectAndVerbWithoutCommasIsNoSubject() {
        assertEquals(List.of("Wang Yi/CN"), speakers("Chinese Foreign Minister Wang Yi in a phone call with Iranian Foreign Minister "
                + "Abbas Araghchi said the strikes violated international law."));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Putin for his part said the strikes were illegal."));
        assertEquals(List.of("Ali Khamenei/IR"), speakers("Ayatollah Ali Khamenei in his message to the nation said that Iran would respond."));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov — speaking in Ankara — said the strikes were illegal."));
        // a role's "for" names whom it serves; a pronoun right before the verb is its subject
        assertEquals(List.of(), speakers("A spokesman for Guterres said the secretary-general was alarmed."));
        assertEquals(List.of("Russia/RU"), speakers("Citing the raids on Iran in June — often called a turning point — Russia warned of war."));
    }

    @Test
    void aStatesLabelBeforeAColonGivesTheInstitutionAfterItsCountry() {
        assertEquals(List.of("Russian Foreign Ministry/RU", "Chinese Foreign Ministry/CN"), speakers("Russia: The Foreign Ministry said it "
                + "strongly condemns the strikes.\nChina: The Foreign Ministry said China strongly condemns the US attacks."));
        // a capital before a colon is a dateline, and the ministry is the one the story is about
        assertEquals(List.of("Iranian Foreign Ministry/IR"), speakers("Tehran: The Foreign Ministry said Iran holds the US responsible."));
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheSubjectOfTheClauseBefore() {
        // "writing" goes with the clause's subject as "saying" does; a fronted phrase's object is no subject
        assertEquals(List.of("Dmitry Medvedev/RU"), speakers("Dmitry Medvedev went further, writing on Telegram that many countries "
                + "were ready to supply Iran."));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("At a meeting with business leaders on Friday, Putin mentioned Iran only "
                + "once, saying that conflicts must be settled at the table."));
        // "repeated" with what was said is speech
        assertEquals(List.of("Guo Jiakun/CN"), speakers("Foreign Ministry spokesperson Guo Jiakun on Thursday repeated that China "
                + "opposes any violation of Iran's sovereignty."));
    }

    @Test
    void theNamesAGroupListsInAppositionSpeak() {
        assertEquals(List.of("Vassily Nebenzia/RU", "Fu Cong/CN"), speakers("Their ambassadors, Vassily Nebenzia and Fu Cong, both "
                + "condemned the strikes as a gross violation of the UN Charter."));
        assertEquals(List.of("Vassily Nebenzia/RU", "Fu Cong/CN", "Amir Saeid Iravani/IR"), speakers("Their ambassadors, Vassily "
                + "Nebenzia, Fu Cong and Amir Saeid Iravani, condemned the strikes."));
        // one name after a group is no list of its members
        assertEquals(List.of(), speakers("Western diplomats, including Barbara Woodward, said the vote would fail."));
    }

    @Test
    void formerAndAnonymousVoicesSpeakForNoState() {
        // "ex-" with a hyphen is "ex"
        assertEquals(List.of(), speakers("Ex-PLA colonel Zhou Bo said China would never become a party to the conflict."));
        // asking not to be named is no statement of its own
        assertEquals(List.of(), speakers("“The S-300 came late,” said a retired general in Tehran who asked not to be named."));
        assertEquals(List.of("Iranian official/IR"), speakers("An Iranian official, who asked not to be identified, said the talks had failed."));
    }

    @Test
    void aStateWherePeopleOfNoOfficeAreIsNoSubject() {
        assertEquals(List.of(), speakers("Many in Iran say Russia did not help them enough."));
        assertEquals(List.of(), speakers("Some in Moscow argue that the partnership has limits."));
        assertEquals(List.of("Officials in Moscow/RU"), speakers("Officials in Moscow say the partnership has limits."));
    }

    @Test
    void aKnownSurnameAfterATitleIsTheKnownPerson() {
        // "Leader" is no given name of a stranger "Leader Khamenei"; a given name after the surname still makes one
        assertEquals(List.of("Ali Khamenei/IR"), speakers("Supreme Leader Khamenei said the United States had gained nothing."));
        assertEquals(List.of("Li Wei/CN"), speakers("Chinese Ambassador Li Wei said the talks would go on."));
    }

    @Test
    void aStateThatIsAPersonsFieldIsNoSubject() {
        assertEquals(List.of(), speakers("A Russian expert on Iran, Vladimir Sazhin of the Institute of Oriental Studies, told the "
                + "Tehran Times that the treaty does not contain a defence clause."));
        assertEquals(List.of(), speakers("A Chinese scholar writing about Russia said the partnership had limits."));
    }

    @Test
    void theStateAnEnvoyIsPostedToIsNoSubject() {
        assertEquals(List.of("Ambassador of China/CN"), speakers("The Ambassador of China to Iran said the strikes were illegal."));
        assertEquals(List.of("Igor Petrov/RU"), speakers("Igor Petrov, Ambassador of the Russian Federation to China said the strikes "
                + "were illegal."));
        // an official of no post abroad speaks to a state: the state is named, the official speaks
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov said to Iran that Russia would help."));
    }

    @Test
    void aLinkToAnotherStoryIsNoStatement() {
        assertEquals(List.of("Russia/RU", "Kremlin/RU"), speakers("Moscow condemned the strikes on Friday.\n\nREAD MORE: China says it "
                + "opposes U.S. strikes\n\nAlso Read: Iran warns of response\n\nThe Kremlin said the strikes were illegal."));
        // a speaker's name before a colon is no link's label
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Peskov: “We are concerned.”"));
    }

    @Test
    void aHeadingThatOpensWithAQuestionWordAsksOrLabels() {
        assertEquals(List.of("Russia/RU", "Kremlin/RU", "China/CN"), speakers("Russia condemns strikes\n\nWhat they are saying\n\n"
                + "The Kremlin said the strikes were illegal.\n\nWhy Beijing says it will not intervene\n\nBeijing urged restraint."));
        // a tag after a comma reports
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("What Iran wants is peace, says Araghchi\n\nThe talks went on."));
    }

    @Test
    void negatedSpeechIsNotAStatement() {
        assertEquals(List.of(), statements("Putin has not spoken publicly about the strikes."));
        assertEquals(List.of(), statements("Neither the Kremlin nor Putin has commented on the raids."));
        assertEquals(List.of(), statements("Ryabkov refused to say whether Iran sought weapons."));
        assertEquals(List.of("Sergei Ryabkov/RU"),
                speakers("Ryabkov refused to say whether Iran sought weapons, but argued that ties remained strong."));
    }

    @Test
    void speechStillToComeIsNotAStatement() {
        assertEquals(List.of(), statements("Lavrov will urge Washington to halt the strikes when he meets Rubio next week."));
        assertEquals(List.of(), statements("Peskov is expected to warn against further escalation at his daily briefing."));
        assertEquals(List.of(), statements("Xi is set to call for restraint in a speech on Wednesday."));
        assertEquals(List.of(), statements("Iran is widely expected to announce its response later this week."));
        // words said about what is to come are said
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov said Russia will urge Washington to halt the strikes."));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Peskov was quick to warn against further escalation."));
    }

    @Test
    void speechThatOnlyMayComeIsNotAStatement() {
        assertEquals(List.of(), statements("Beijing might argue that it has done enough to restrain Tehran."));
        assertEquals(List.of(), statements("Moscow may insist on a seat at any talks."));
        // "may have said" is said, and "would" is left to what happened ("would later condemn"), "could" to what was said
        assertEquals(List.of("China/CN"), speakers("China may have said more in private."));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Asked about the strikes, Peskov could only say that the Kremlin was "
                + "following events closely."));
    }

    @Test
    void aSentenceThatOpensWithWhatWasSaidSaysNoneOfIt() {
        assertEquals(List.of(), statements("What Moscow, Beijing and Tehran said after the bombs fell on Fordow"));
        assertEquals(List.of(), statements("Pronouns and power: how Moscow's spokeswoman framed the Iran war"));
        assertEquals(List.of(), statements("Videos: How Russia, China and Iran's allies are responding to the war"));
        // what a speaker calls something, inside a sentence, is said
        assertEquals(List.of("IRGC/IR"), speakers("In response to what the Revolutionary Guard described as an aggression, local media "
                + "reported that US posts were hit."));
    }

    @Test
    void speechReportedInsideSomeoneElsesIsTheirs() {
        assertEquals(List.of(), statements("Smagin explained that Russia had always insisted the relationship was not military."));
    }

    @Test
    void otherCountriesAreNotRequested() {
        assertEquals(List.of(), statements("Trump said the strikes were a success."));
    }

    // ---------------------------------------------------------------- confidence and provenance

    @Test
    void aNamedDirectQuotationIsSurerThanAPronounResolvedReport() {
        double direct = only("“We condemn this attack,” Lavrov said.").confidence();
        double pronoun = statements("Lavrov met reporters. He said the attack was a mistake.").get(0).confidence();
        assertTrue(direct > pronoun, direct + " <= " + pronoun);
    }

    @Test
    void offsetsAreUtf16InsideAndCodePointsInTheReports() {
        String text = "\uD835\uDC00 Notes\nMoscow urged restraint.";
        Statement s = statements(text).get(0);
        assertEquals(s.text(), text.substring(s.start(), s.end()));
        assertEquals(s.start() - 1, s.startCodePoint(), "one surrogate pair before the statement");
    }

    @Test
    void textIsTheSliceOfTheDocumentBetweenStartAndEnd() {
        String text = "Intro line\nMoscow urged restraint. “Enough,” Lavrov said.";
        for (Statement s : statements(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void statementsAreNumberedByWhereTheirCueLies() {
        List<Statement> found = statements("Moscow urged restraint. Beijing called for talks. Tehran warned of a response.");
        assertEquals(List.of(8, 33, 58), found.stream().map(Statement::ordinal).toList()); // 1 + the offset of the verb
        assertEquals("doc#33", found.get(1).id());
    }

    @Test
    void speakersOfOneCueAreNumberedOnFromItAndEachActHasItsOwnCue() {
        String text = "Moscow and Beijing condemned the strikes. China demanded a ceasefire, warning of a wider war.";
        List<Statement> found = statements(text);
        int condemned = text.indexOf("condemned") + 1;
        assertEquals(List.of(condemned, condemned + 1, text.indexOf("demanded") + 1, text.indexOf("warning") + 1),
                found.stream().map(Statement::ordinal).toList());
        assertEquals(List.of("RU", "CN", "CN", "CN"), found.stream().map(s -> s.country().value()).toList());
    }

    @Test
    void aNumberCountsCodePointsSoAnEmojiBeforeTheCueIsOne() {
        List<Statement> found = statements("\uD83D\uDCE2 Moscow urged restraint.");
        assertEquals(List.of(10), found.stream().map(Statement::ordinal).toList());
    }

    // ---------------------------------------------------------------- speech acts

    @Test
    void twoSpeechVerbsOfOneSpeakerAreTwoStatements() {
        List<Statement> found = statements("Lavrov stated that the raid was illegal, adding that Moscow would raise it at the Council.");
        assertEquals(List.of("stated", "adding"), found.stream().map(s -> s.cue().word()).toList());
        assertTrue(found.get(0).scopeEnd() <= found.get(1).scopeStart(), "each act has its own words");
    }

    @Test
    void aQuotationAndItsTagAreOneStatement() {
        List<Statement> found = statements("“The raid was illegal. It must stop,” Lavrov said, “and the Council must act.”");
        assertEquals(1, found.size(), () -> found.toString());
    }
}
