package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/** Speech acts named by verbs that count only with what follows them. */
class SpeechActsTest {
    private static List<String> speakers(String text) {
        return Fixtures.speakers(text);
    }

    @Test
    void pleadingForSomethingIsSpeech() {
        assertEquals(List.of("Wang Yi/CN"), speakers("Wang pleaded, \"The world must not return to the law of the jungle.\""));
        assertEquals(List.of("Wang Yi/CN"), speakers("Wang Yi pleaded for restraint on all sides."));
    }

    @Test
    void consideringThatIsSpeechButConsideringAPlanIsNot() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi considered that \"the door to diplomacy should always be open.\""));
        assertEquals(List.of(), speakers("Araghchi considered a trip to Moscow."));
    }

    @Test
    void raisingConcernsOrTheAlarmIsSpeech() {
        assertEquals(List.of("Russian Foreign Ministry/RU"), speakers("The Russian Foreign Ministry raised alarms about the threat to Bushehr."));
        assertEquals(List.of("Russia/RU"), speakers("Russia raised serious concerns about the strikes."));
        assertEquals(List.of(), speakers("Russia raised its tariffs on steel."));
    }

    @Test
    void pushingForSomethingIsSpeech() {
        assertEquals(List.of("China/CN"), speakers("Beijing pushed for dialogue to prevent further deterioration."));
        assertEquals(List.of(), speakers("Russian troops pushed into the town."));
    }

    @Test
    void continuingIsSpeechOnlyBeforeAColonAndQuotedWords() {
        assertEquals(List.of("Dmitry Medvedev/RU"),
                speakers("Medvedev continued in a mocking tone: “Let the Americans count their losses first.”"));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova continued: “Nobody in Moscow believes this.”"));
        assertEquals(List.of(), speakers("China continued its naval exercises near the strait."));
        assertEquals(List.of(), speakers("Lavrov continued his tour of the Gulf on Monday."));
    }

    @Test
    void beingAdamantThatIsAStatedPosition() {
        assertEquals(List.of("Dmitry Medvedev/RU"),
                speakers("Medvedev, the deputy head of Russia's Security Council, was adamant on Sunday that Washington had started a new war."));
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi was adamant that talks would not resume under fire."));
        assertEquals(List.of("Dmitry Medvedev/RU"), speakers("Medvedev was adamant on Sunday that Washington had started a new war."));
        assertEquals(List.of("Dmitry Medvedev/RU"), speakers("Medvedev, the deputy head of Russia's Security Council, was adamant that Washington had started a new war."));
    }

    @Test
    void procedureAtTheUnitedNationsIsAStatedPosition() {
        assertEquals(List.of("Russia/RU", "China/CN"), speakers("Russia and China on Friday vetoed a US-drafted resolution."));
        assertEquals(List.of("China/CN"), speakers("China voted against the draft."));
        assertEquals(List.of("Russia/RU", "China/CN"), speakers("Russia and China moved unsuccessfully to block a discussion of the sanctions."));
        assertEquals(List.of(), speakers("Russia backed the rebels in the east for years."));
        assertEquals(List.of(), speakers("China blocked the road to the port."));
    }

    @Test
    void holdingSomeoneResponsibleIsSaidOfThem() {
        assertEquals(List.of("Iran/IR"), speakers("Iran has held Washington directly responsible for the escalation."));
        assertEquals(List.of("China/CN"), speakers("China holds the United States and Israel fully accountable."));
        assertEquals(List.of(), speakers("Lavrov held talks with Wang Yi in Beijing."));
        assertEquals(List.of(), speakers("Russia held a responsible position in the talks."));
    }

    @Test
    void sendingOrAddressingALetterIsSpeech() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov has addressed a letter to the foreign ministers of the Gulf states."));
        assertEquals(List.of("Wang Yi/CN"), speakers("Wang Yi sent a message of condolence to the families of the victims."));
        assertEquals(List.of(), speakers("Russia sent two warships to the Gulf."));
        assertEquals(List.of(), speakers("Lavrov addressed the forum in Antalya on Friday."));
    }

    @Test
    void makingItClearIsSpeech() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi made it clear that there will be no talks while the raids go on."));
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi made his position clear: no talks while the raids go on."));
        assertEquals(List.of(), speakers("Araghchi made a clear choice to fly to Moscow."));
        assertEquals(List.of(), speakers("Iran made progress on the new reactor."));
    }

    @Test
    void theWordAVerbNeedsMayFollowAPhraseOfOccasion() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi revealed in a recent interview with Japanese media that ships may pass."));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov called during a briefing on Monday for an end to the raids."));
        assertEquals(List.of(), speakers("Araghchi revealed in a recent interview his plans for the summer."));
        assertEquals(List.of(), speakers("Lavrov called at the embassy in Tehran for lunch."), "an embassy is no occasion");
    }

    @Test
    void speakingOnADayIsNoSpeechOnATopic() {
        assertEquals(List.of(), speakers("Ambassador Kazem Jalali spoke on Monday."));
        assertEquals(List.of("Kazem Jalali/IR"), speakers("Ambassador Kazem Jalali spoke on Monday's attack on the port."));
        assertEquals(List.of("Kazem Jalali/IR"), speakers("Ambassador Kazem Jalali spoke on the attack on the port."));
    }

    @Test
    void offeringCondolencesIsSpeech() {
        assertEquals(List.of("Vsevolod Tkachenko/RU"), speakers("Russian Ambassador Vsevolod Tkachenko has offered his condolences "
                + "following the killing of the Supreme Leader."));
        assertEquals(List.of(), speakers("Russian Ambassador Vsevolod Tkachenko offered shelter to the families."));
    }

    @Test
    void deemingSomethingSomethingIsAStatedJudgement() {
        assertEquals(List.of("Iran/IR"), speakers("Iran deemed the attack illegal."));
        assertEquals(List.of("Iran/IR"), speakers("Iran Deems Attack as \"Open and Illegal Aggression\""));
        assertEquals(List.of(), speakers("Sites deemed vital to the economy were hit overnight."));
    }

    @Test
    void recommendingThatIsSpeech() {
        assertEquals(List.of("Chinese Embassy/CN"), speakers("The Chinese Embassy in Israel recommended that citizens leave "
                + "by land."));
        assertEquals(List.of(), speakers("Chinese citizens took the recommended route to Jordan."));
    }

    @Test
    void approvingABillIsAStatedPosition() {
        assertEquals(List.of("Iranian parliament/IR"), speakers("The Iranian Parliament approved a bill suspending cooperation with "
                + "the agency."));
        assertEquals(List.of(), speakers("The Iranian Parliament approved the new budget."));
    }

    @Test
    void issuingWarningsIsSpeechLikeIssuingAWarning() {
        assertEquals(List.of("IRGC/IR"), speakers("The IRGC issued warnings to the crews of passing ships."));
        assertEquals(List.of(), speakers("The IRGC fired warning shots at the tanker."));
    }

    @Test
    void pointingTheFingerBlames() {
        assertEquals(List.of("Wang Yi/CN"), speakers("Wang pointed the finger at the US strikes."));
        assertEquals(List.of(), speakers("Wang pointed the way to the conference hall."));
    }

    @Test
    void speculatingThatIsSpeech() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov speculated that the strikes aimed to divide the Gulf states."));
    }

    @Test
    void remindingOrMentioningThatIsSpeech() {
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Putin reminded critics that Russia has long-standing ties with Venezuela."));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Putin mentioned that Moscow would try to help Caracas."));
        assertEquals(List.of(), speakers("Putin was reminded of the talks in Geneva."));
        assertEquals(List.of(), speakers("Putin reminded critics of the talks in Geneva."));
    }

    @Test
    void citingQuotedWordsIsSpeech() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov cited “grave breaches of the Charter” in the raids on Venezuela."));
        assertEquals(List.of(), speakers("Lavrov cited security concerns for the delay."));
    }

    /** A reciprocal object tells that the parties spoke of each other, not what either said. */
    @Test
    void accusingEachOtherTellsNoOnesWords() {
        assertEquals(List.of("Iran/IR"), speakers("Iran and Azerbaijan agreed to talks. Hours later, both nations accused each other of "
                + "breaching the truce."));
        assertEquals(List.of("Iran/IR"), speakers("Hours later, Iran and Azerbaijan accused one another of breaching the truce, and each "
                + "side blamed the other for the clash. Iran accused Azerbaijan of lying."));
    }

    /** A speech verb in a condition ("if X insists") tells what someone might say, not what they said. */
    @Test
    void aSpeechVerbInAConditionIsNoStatement() {
        assertEquals(List.of(), speakers("The talks will collapse if Russia insists on new guarantees, the mediator warned."));
        assertEquals(List.of(), speakers("Unless the Chinese government condemns the raid, the bloc will act, the envoy said."));
        assertEquals(List.of("Russia/RU"), speakers("Russia insisted on new guarantees if the talks were to go on."));
    }

    /** "without citing evidence" cites nothing: no act of its own, and the quotation in the next paragraph goes on. */
    @Test
    void anActAfterWithoutIsNotDone() {
        List<Statement> found = Fixtures.statements("Lavrov claimed, without citing evidence, that \u2018the raids were planned in "
                + "Washington\u2019.\n\n\u2018Therefore the talks are over. We will not return.\u2019");
        assertEquals(List.of("claimed", "quote"), found.stream().map(s -> s.cue().word()).toList());
        assertEquals(List.of("Sergey Lavrov", "Sergey Lavrov"), found.stream().map(s -> s.speaker().name()).toList());
    }

    /** Depicting or portraying someone as something names them, like describing: only with "as" after the object. */
    @Test
    void depictingSomeoneAsSomethingIsSpeech() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov depicted the blockade as an act of piracy."));
        assertEquals(List.of("Abbas Araghchi/IR", "Abbas Araghchi/IR"), speakers("Araghchi, who portrayed Israel as a rogue state, urged "
                + "restraint."));
        assertEquals(List.of(), speakers("The mural in Tehran depicted a burning flag."));
    }

    @Test
    void respondingWithStrikesIsNoSpeech() {
        assertEquals(List.of(), speakers("Iran responded with missile and drone strikes against Israel."));
        assertEquals(List.of(), speakers("Tehran has responded to the raids on its ports by targeting the blockading fleet."));
        assertEquals(List.of("Iran/IR"), speakers("Iran responded to the raids by saying the blockade was illegal."));
        assertEquals(List.of(), speakers("Tehran responded to the raids that sank three of its patrol boats off the southern coast "
                + "last week by launching drones at the fleet."));
        assertEquals(List.of("Kremlin/RU"), speakers("The Kremlin responded that Washington was escalating the war by sending "
                + "more warships."));
        assertEquals(List.of(), speakers("Iran will respond to any aggression."));
        assertEquals(List.of("Esmaeil Baghaei/IR"), speakers("Asked about the claim, Baghaei would reply: \"Wait and see.\""));
        // the means of another clause: Tehran responded with words
        assertEquals(List.of("Iran/IR"), speakers("Tehran responded sharply to the remarks, which came a day after Israel moved "
                + "to retaliate by striking oil sites."));
        assertEquals(List.of("Abbas Araghchi/IR", "Abbas Araghchi/IR"), speakers("Araghchi accused Washington of betraying diplomacy. Tehran, he wrote, "
                + "would respond at a time of its choosing."));
        assertEquals(List.of("Kremlin/RU"), speakers("The Kremlin responded that the reports were false."));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Putin responded sharply to the accusations."));
    }

    /** "Hit out at", "lashed out at" criticise; hitting a target does not, nor does forces' taking aim. */
    @Test
    void hittingOutIsSpeechButHittingATargetIsNot() {
        assertEquals(List.of("Russia/RU"), speakers("Moscow hit out at Washington over the blockade."));
        assertEquals(List.of("China/CN"), speakers("Beijing lashed out at the sanctions."));
        assertEquals(List.of(), speakers("Iranian missiles hit the base at dawn."));
        assertEquals(List.of(), speakers("Iran's armed forces took aim at the bases on Monday."));
        assertEquals(List.of("China/CN"), speakers("China Critiques U.S. Credibility After Strikes"));
    }

    /** A military's command and a civil aviation authority are institutions of their state, as its ministries are. */
    @Test
    void thePressTvSpellingOfTheGuardsAndAPresidentialSpokesmanSpeak() {
        assertEquals(List.of("IRGC/IR"), speakers("The Islamic Revolution Guards Corps said the operation would continue."));
        assertEquals(List.of("Dmitry Peskov/RU", "Dmitry Peskov/RU"), speakers("Kremlin Spokesman Dmitry Peskov told reporters that "
                + "Moscow was in contact with all sides. “We call on everyone to show restraint,” the presidential spokesman stressed."));
    }

    @Test
    void aMilitaryCommandAndAnAviationAuthoritySpeakForTheirState() {
        assertEquals(List.of("Iranian military command/IR"), speakers("Iran's military command has warned that oil prices could surge."));
        assertEquals(List.of("Russian civil aviation authority/RU"), speakers("Russia's civil aviation authority advised airlines "
                + "to avoid Iranian airspace."));
    }

    /** Briefing someone tells them something; "a person briefed on the talks" is told, and speaks as a source. */
    @Test
    void briefingSomeoneIsSpeechButBeingBriefedIsNot() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi briefed Wang on the situation, according to the Iranian "
                + "foreign ministry."));
        // one statement, by "said": the official was briefed, and speaks
        assertEquals(List.of("said"), Fixtures.statements("A Russian official briefed on the talks said the envoy would stay.")
                .stream().map(st -> st.cue().word()).toList());
    }

    /** A toll takes lives, not words: "claimed the lives of" tells what a strike did. */
    @Test
    void anOffensiveThatClaimedLivesSaysNothing() {
        assertEquals(List.of(), speakers("The Russian army pressed on with an offensive that claimed the lives of dozens of villagers."));
        assertEquals(List.of(), speakers("The strikes on Tehran have claimed more than 200 lives, Iran's health ministry counted."));
        assertEquals(List.of("Iran/IR"), speakers("Iran claimed that the strikes had failed."));
        assertEquals(List.of("Iran/IR"), speakers("Iran claimed the lives lost would be avenged, calling the raid a crime."));
        assertEquals(List.of("Iranian officials/IR"), speakers("Iranian officials claimed life in Tehran had returned to normal."));
    }

    @Test
    void advocatingAndChampioningAreSpeech() {
        assertEquals(List.of("Russia/RU"), speakers("Russia advocated a negotiated settlement of the border dispute."));
        assertEquals(List.of("China/CN"), speakers("China champions dialogue over confrontation in the border dispute."));
        assertEquals(List.of(), speakers("Advocates of the plan met in Lima on Monday."));
    }

    @Test
    void implyingAndRefutingAreSpeech() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov implied that the talks had been a cover for the raid."));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova refuted the reports of a secret arms deal."));
        assertEquals(List.of(), speakers("The data implied a slowdown in the second quarter."));
    }

    @Test
    void extendedCongratulationsAndCategorisingAreSpeech() {
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Putin has extended his congratulations to the new speaker of the assembly."));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova categorized the bases as legitimate targets."));
    }

    @Test
    void theWarningStandsForItsSpeaker() {
        assertEquals(List.of("Maria Zakharova/RU", "Maria Zakharova/RU"), speakers(
                "Zakharova warned the neighbours on Monday. The warning stressed that states hosting foreign bases would be targets."));
    }

    @Test
    void aCountrysDelegationSpeaksForIt() {
        assertEquals(List.of("Chinese delegation/CN"), speakers("The Chinese delegation expressed support for the mediation track."));
    }

    @Test
    void aNounFormAfterAPrepositionIsANoun() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov went on to question the legitimacy of the strikes."));
        assertEquals(List.of(), speakers("The minister's office was flooded with questions about the strikes."));
        // only the verb's base form is an infinitive after "to"
        assertEquals(List.of(), speakers("The Kremlin reacted to criticism on Tuesday that it had not done enough for Iran."));
        assertEquals(List.of(), speakers("The Kremlin reacted to condemnation on Tuesday that it had not done enough for Iran."));
    }

    @Test
    void opiningAveringContendingAndHintingAreSpeech() {
        assertEquals(List.of("Alexey Dedov/RU"), speakers("Russian Ambassador Alexey Dedov opined that the attacks violate the UN Charter."));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova averred that Moscow had warned Washington in advance."));
        assertEquals(List.of("Guo Jiakun/CN"), speakers("Guo contended that sanctions would only harden positions."));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Peskov hinted at a new round of talks in Istanbul."));
        // contending with something says nothing
        assertEquals(List.of(), speakers("Iran contends with a collapsing currency."));
    }

    @Test
    void anAdjectiveTheTaggerTookForANounNamesWhatIsCalled() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov called the strikes reckless."));
        assertEquals(List.of("Wang Yi/CN"), speakers("Wang Yi called the attack provocative and dangerous."));
        // a noun that ends the object is still the one called
        assertEquals(List.of(), speakers("Putin called the defence minister on Monday."));
    }

    @Test
    void anActAfterAVerbsObjectIsTheSubjectsUnlessTheObjectIsBiddenToAct() {
        assertEquals(List.of("Russia/RU"), speakers("Russia summoned the US ambassador to protest the strikes."));
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov met the Iranian ambassador to express support for Tehran."));
        // bidden to act: nobody has acted yet
        assertEquals(List.of(), speakers("Washington wants Moscow to condemn Tehran."));
        assertEquals(List.of(), speakers("The resolution allowed Iran to respond."));
    }

    @Test
    void aReplyThatTagsQuotedWordsIsTheRepliersNotTheSpeakerBefore() {
        assertEquals(List.of("Vassily Nebenzia/RU"), speakers("Russian envoy Vassily Nebenzia said the strikes were illegal. "
                + "“Iran left us no choice,” countered US envoy Dorothy Shea."));
        assertEquals(List.of("Vassily Nebenzia/RU"), speakers("“This is an act of aggression,” countered Vassily Nebenzia, Russia's ambassador."));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("“They should look in the mirror,” Zakharova quipped."));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("“Nonsense,” Zakharova snapped."));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Peskov scoffed at the claims."));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("“There was no such request,” Peskov interjected."));
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi conceded that the talks had stalled."));
        // without quoted words these say nothing
        assertEquals(List.of(), speakers("The ministry answered the letter on Monday."));
    }

    @Test
    void callingOnSomeoneBidsThemOnlyWhenWhatIsBiddenFollows() {
        assertEquals(List.of(), speakers("Russian Ambassador to Pakistan Albert Khorev called on Interior Minister Mohsin Naqvi on Tuesday."));
        assertEquals(List.of(), speakers("Russian Ambassador to Pakistan Albert Khorev called on Interior Minister Mohsin Naqvi on Tuesday "
                + "to discuss security cooperation."));
        assertEquals(List.of("Iran/IR"), speakers("Iran called on Washington and London to stop the strikes."));
        assertEquals(List.of("Russia/RU"), speakers("Russia called on all sides to show restraint."));
        assertEquals(List.of("China/CN"), speakers("China called upon the international community for calm."));
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi called on the council: “Act now.”"));
    }

    @Test
    void sayingNothingOrLittleIsNoStatementUnlessWhatWasSaidFollows() {
        assertEquals(List.of(), speakers("Putin and Xi have said little about Iran."));
        assertEquals(List.of(), speakers("The Iranian ambassador said nothing until the end of the session."));
        // "nothing" opens what was said, or what was said comes after all
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov said nothing would change Russia's position."));
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi said little in his message save to praise “the unity of the nation.”"));
        // "little" and "nothing" as determiners of what was said
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi said little progress had been made."));
        assertEquals(List.of(), speakers("Putin said little about Iran but focused on Ukraine."));
    }

    @Test
    void angerThatTagsWordsIsSpeech() {
        assertEquals(List.of("Vassily Nebenzia/RU"), speakers("Vassily Nebenzia raged that the US had “set the Middle East on fire.”"));
        assertEquals(List.of("Dmitry Medvedev/RU"), speakers("Dmitry Medvedev ranted on Telegram that “a number of countries are ready to help Iran.”"));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Zakharova fumed that Washington had lied again."));
        // a war that rages says nothing
        assertEquals(List.of(), speakers("The war raged on as Lavrov flew to Ankara."));
    }

    @Test
    void respondingOnAPlatformThatIsSpeech() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi responded on X that Israel was the aggressor."));
        assertEquals(List.of("Esmaeil Baghaei/IR"), speakers("Baghaei responded on Telegram that Iran would not negotiate."));
        // responding on a topic says nothing yet, nor does responding in a place with strikes
        assertEquals(List.of(), speakers("Baghaei responded on the matter of the talks."));
        assertEquals(List.of(), speakers("Iran responded in Haifa to the raid with strikes."));
    }
}
