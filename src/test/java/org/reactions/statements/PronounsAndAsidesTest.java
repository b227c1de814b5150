package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/**
 * Who a pronoun, an aside between commas or a name with an honorific stands for: a chain of "she" keeps its person in
 * mind, a news outlet is never "he", the person in an aside after an institution speaks for it, "Mr Lavrov" is Lavrov.
 */
class PronounsAndAsidesTest {
    private static List<String> speakers(String text) {
        return Fixtures.speakers(text);
    }

    @Test
    void aChainOfPronounsKeepsItsPersonPastTheWindow() {
        String text = "Foreign Ministry spokesperson Mao Ning held a briefing. She spoke for an hour. The room was full. "
                + "The talks go on. The envoy will travel. The region is tense. Reporters asked many questions. "
                + "She added that China would send an envoy.";
        assertEquals(List.of("Mao Ning/CN"), speakers(text));
        // with no pronoun between, the person named seven sentences back is out of reach
        assertEquals(List.of(), speakers(text.replace("She spoke for an hour.", "The hall was hot.")));
    }

    @Test
    void theLatterIsThePersonNamedLastNotTheSubject() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Lavrov held talks with his Iranian counterpart Abbas Araghchi in Moscow. "
                + "The latter thanked Russia for its support."));
        // no person named in the sentence before: no one
        assertEquals(List.of("Russia/RU", "China/CN"), speakers("Araghchi spoke in Geneva. Russia and China condemned the strikes. "
                + "The latter also called for talks."));
        // "he" keeps to the subject
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov held talks with his Iranian counterpart Abbas Araghchi in Moscow. "
                + "He thanked Iran for its support."));
    }

    @Test
    void theCountrysOfficialIsAnOfficialOfTheStateNamedBefore() {
        assertEquals(List.of("Esmaeil Baghaei/IR"), speakers("Iran will not return to talks while it is under attack, the country's "
                + "foreign ministry spokesman said on Friday."));
        // the state the sentence opens with, not the one it names last
        assertEquals(List.of("Esmaeil Baghaei/IR"), speakers("Iran thanked Qatar for its mediation, the country's foreign ministry "
                + "spokesman said."));
    }

    @Test
    void aRoleNounPastTheWindowIsTheLatestItFitsWhenAllAreOfOneCountry() {
        String between = " The talks went on. Oil rose. Gold fell. Markets slid. Shares dropped. Traders waited.\n\n";
        assertEquals(List.of("Chinese Foreign Ministry/CN", "Chinese Foreign Ministry/CN"), speakers("The Chinese Foreign Ministry said "
                + "Beijing was concerned." + between + "The envoy will travel next week, the ministry said."));
        // a ministry of another country named too: no telling which
        assertEquals(List.of("Chinese Foreign Ministry/CN"), speakers("The Chinese Foreign Ministry said Beijing was concerned. "
                + "Russia's Foreign Ministry was silent." + between + "The envoy will travel next week, the ministry said."));
    }

    @Test
    void aCountrysRoleNounPastTheWindowIsTheOfficialItFitsNotANewOne() {
        String between = " The talks went on. Oil rose. Gold fell. Markets slid. Shares dropped. Traders waited.\n\n";
        assertEquals(List.of("Vassily Nebenzia/RU", "Vassily Nebenzia/RU"), speakers("Russia's U.N. Ambassador Vassily Nebenzia said "
                + "the strikes were illegal." + between + "The Russian envoy later told reporters that a vote could come on Monday."));
        // no Russian envoy named before: the office speaks
        assertEquals(List.of("Russian envoy/RU"), speakers("The talks went on." + between
                + "The Russian envoy later told reporters that a vote could come on Monday."));
    }

    @Test
    void aPronounAfterWhereIsTheOwnerOfTheEventBefore() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Russian Foreign Minister Sergey Lavrov spoke in Moscow. The remarks came a "
                + "day after Araghchi’s visit to Beijing, where he said Iran would never give up enrichment."));
        // the owner is of no requested country: no statement, and not the subject's
        assertEquals(List.of(), speakers("Baghaei’s criticism followed IAEA chief Rafael Grossi’s interview, where he denied it."));
        // no owner: the pronoun keeps to the subject
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Araghchi flew to Beijing. He arrived in the capital, "
                + "where he said Iran would never give up enrichment."));
    }

    @Test
    void sheNeverStandsForAManNorHeForAWoman() {
        // a given name tells: the man named last is passed over
        assertEquals(List.of("Maria Zakharova/RU", "Maria Zakharova/RU"), speakers("Maria Zakharova said the strikes were a crime. "
                + "US Secretary of State Marco Rubio called for talks. She added that Moscow would help Tehran."));
        // so does a title ("spokeswoman") or "Mr" beside a name the list lacks, and a title as a role noun
        assertEquals(List.of("Ana Ruiz/IR", "Ana Ruiz/IR"), speakers("Iranian government spokeswoman Ana Ruiz said the strikes were "
                + "illegal. In Moscow, Mr Lavrov spoke to reporters. She added that Iran would respond."));
        assertEquals(List.of("Guo Jiakun/CN"), speakers("US State Department spokeswoman Tammy Bruce said the strikes were justified. "
                + "Chinese Foreign Ministry spokesman Guo Jiakun called for restraint. The spokeswoman added that Iran must stop enrichment."));
        // a name that tells nothing fits either
        assertEquals(List.of("Kaveh Tarkovan/IR"), speakers("Iranian Deputy Foreign Minister Kaveh Tarkovan spoke on Monday. "
                + "She said the strikes were illegal."));
        // "Mr" before a name the list lacks tells too; a name told both ways anywhere in the document tells nothing
        assertEquals(List.of("Kaveh Tarkovan/IR", "Kaveh Tarkovan/IR"), speakers("Iranian Deputy Foreign Minister Kaveh Tarkovan spoke on "
                + "Monday. Mr Tarkovan said the strikes were illegal. US envoy Dorothy Shea walked out. He said Iran would respond."));
        assertEquals(List.of("Kaveh Tarkovan/IR", "Kaveh Tarkovan/IR"), speakers("Mr Kaveh Tarkovan, Iran's deputy foreign minister, "
                + "said the strikes were illegal. Mrs Tarkovan took questions. She added that Iran would respond."));
    }

    @Test
    void bothHeadsOfStateAreAPair() {
        assertEquals(List.of("Vladimir Putin/RU", "Xi Jinping/CN"), speakers("Xi Jinping and Vladimir Putin held talks on Thursday. "
                + "Both heads of state agreed that force is not the right way to resolve disputes."));
    }

    @Test
    void aPronounThatOpensAClosingTagMeansNobodyItsWordsName() {
        // a noun that opens the sentence is read as an unknown name; a leader the words name is no speaker either
        assertEquals(List.of("Mao Ning/CN"), speakers("Mao Ning took questions on Monday. Diplomacy remains the only way forward, "
                + "she told reporters."));
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Dmitry Peskov spoke to reporters. Putin will not attend the summit, he said."));
        // a clause that names the speaker before the comma, or words of the tag's own after its verb: no closing tag
        assertEquals(List.of("Dmitry Peskov/RU"), speakers("Lavrov arrived in Ankara. When Peskov was asked about the talks, he said they "
                + "were useful."));
    }

    @Test
    void aRoleNounMeansAHolderOfThatOfficeNotOfAWordThatBeginsWithIt() {
        // "leader" refers back to a president; "Presidential aide" holds no president
        assertEquals(List.of("Yuri Ushakov/RU", "Vladimir Putin/RU"), speakers("Kremlin aide Yuri Ushakov told reporters that Putin had "
                + "spoken with Pezeshkian. The Russian leader said Russia would help the Iranian people."));
    }

    @Test
    void aKnownOfficialTheArticleDescribesAsFormerIsOutOfOfficeUnlessHeHoldsAnother() {
        String zarif = "Mohammad Javad Zarif, the former foreign minister, wrote that Iran needed a new doctrine. Zarif said the war was "
                + "a mistake.";
        assertEquals(List.of(), speakers(zarif));
        assertTrue(org.reactions.Fixtures.entities(zarif).inSentence(1).stream().anyMatch(m -> m.actor() != null
                && m.actor().name().equals("Mohammad Javad Zarif") && !m.actor().official()));

        assertEquals(List.of("Dmitry Medvedev/RU"), speakers("Medvedev, a former Russian president, said the strikes were a crime."));
    }

    @Test
    void theSidesOrThePartiesOfACallAreAPair() {
        assertEquals(List.of("Vladimir Putin/RU", "Masoud Pezeshkian/IR"), speakers("Vladimir Putin had a telephone conversation with "
                + "Iranian President Masoud Pezeshkian. The sides agreed on the need for an immediate ceasefire."));
        assertEquals(List.of("Sergey Lavrov/RU", "Abbas Araghchi/IR"), speakers("Sergey Lavrov spoke by phone with Abbas Araghchi. "
                + "The parties stressed that the strikes violated international law."));
    }

    @Test
    void theyAfterTwoPersonsNamedAsSubjectsIsBoth() {
        assertEquals(List.of("Xi Jinping/CN", "Vladimir Putin/RU"), speakers("Strikes on Iran\n\nXi Jinping and Vladimir Putin held talks "
                + "on Thursday. They condemned the strikes."));
        // a group named nearer is still what "they" means
        assertEquals(List.of("Iranian officials/IR"), speakers("Xi Jinping and Vladimir Putin held talks on Thursday. Iranian officials "
                + "arrived in Moscow. They condemned the strikes."));
    }

    @Test
    void hisCounterpartOfACountryIsItsOfficialNamedBefore() {
        assertEquals(List.of("Wang Yi/CN"), speakers("Pakistani Foreign Minister Ishaq Dar held talks with Chinese Foreign Minister Wang Yi "
                + "in Beijing. His Chinese counterpart said the strikes violated international law."));
        // none named before: the office
        assertEquals(List.of("Chinese counterpart/CN"), speakers("Pakistan's foreign minister flew to Beijing. His Chinese counterpart "
                + "said the strikes violated international law."));
    }

    @Test
    void whomAnOpeningParticipleAsksAboutIsNoneAPronounMeans() {
        assertEquals(List.of("Mao Ning/CN", "Mao Ning/CN"), speakers("Chinese Foreign Ministry spokesperson Mao Ning said China opposed "
                + "the strikes. Asked about Bruce's comment, the spokeswoman said the US should reflect on its own conduct."));
    }

    @Test
    void aDatelinesPlaceIsNoneAPronounMeans() {
        assertEquals(List.of("Russian Foreign Ministry/RU"), speakers("MOSCOW, June 22 (TASS) - Russia's Foreign Ministry issued a "
                + "statement on Sunday. It said the strikes violated international law."));
        // a place the knowledge base does not know, in capitals before the agency's bracket
        assertEquals(List.of("Vladimir Putin/RU"), speakers("ST PETERSBURG, June 20 (Reuters) - Russian President Vladimir Putin "
                + "spoke at a forum on Friday. He said Russia had offered help."));
    }

    @Test
    void allTheObjectsOfAPrepositionAreNoSubjectsAPronounMeans() {
        // "Oman" follows "and", but "between" governs both: the one who speaks is the subject before
        assertEquals(List.of("China/CN", "China/CN"), speakers("Beijing urged calm. Talks between Iran and Oman stalled on Monday. "
                + "It called for restraint."));
        // a name after "and" that opens a clause of its own is its subject
        assertEquals(List.of("Abbas Araghchi/IR", "Abbas Araghchi/IR"), speakers("Iran's envoy met the agency's chief in Vienna and "
                + "Araghchi told reporters the talks were over. He added that Iran would not yield."));
    }

    @Test
    void anOfficeThatRefersBackPassesItsPersonToTheNextPronoun() {
        assertEquals(List.of("Abbas Araghchi/IR"), speakers("Iran's Foreign Minister, Abbas Araghchi, will meet Putin on Monday. "
                + "The top Iranian diplomat arrived in Moscow on Sunday night.\n\n“Russia is a friend of Iran,” he told reporters."));
    }

    @Test
    void aMessageSentToStateMediaToClaimSomethingIsTheSenders() {
        // the claim, then two acts of the paragraph after: congratulated, and said
        assertEquals(List.of("Ali Khamenei/IR", "Ali Khamenei/IR", "Ali Khamenei/IR"), speakers("Ali Khamenei sent a video message to state television to "
                + "claim a great victory.\n\nWearing his black turban, he congratulated the nation and said calmly: the victory is ours."));
    }

    @Test
    void theAyatollahRefersBackToTheSupremeLeader() {
        assertEquals(List.of("Ali Khamenei/IR"), speakers("Ali Khamenei appeared on television on Thursday. According to the Ayatollah, "
                + "America failed to achieve anything."));
    }

    @Test
    void aPersonOnlyMentionedNearerDoesNotTakeTheSpeakersPronoun() {
        assertEquals(List.of("Ali Khamenei/IR", "Ali Khamenei/IR"), speakers("Ali Khamenei said the war was over. The setting was as "
                + "before, a portrait of Khomeini on the wall.\n\nWearing his black turban, he says calmly that the victory is ours."));
    }

    /** A pronoun that opens a relative clause refers to the person its sentence names before it, not to the last speaker. */
    @Test
    void aPronounInARelativeClauseIsThePersonItsSentenceNamed() {
        assertEquals(List.of("Abbas Araghchi/IR", "Masoud Pezeshkian/IR"), speakers("Araghchi said there was no agreement. The statement "
                + "followed Pezeshkian's televised address, in which he announced the end of the blockade."));
    }

    /** A pronoun right after an opening phrase of a preposition and no verb ("In a call with X", comma or not) is not X. */
    @Test
    void aPronounAfterAnOpeningPrepositionalPhraseIsNotItsObject() {
        String before = "Iranian President Masoud Pezeshkian arrived in Moscow on Monday. ";
        assertEquals(List.of("Masoud Pezeshkian/IR"), speakers(before + "In a call with Putin he said Iran would never forget the support."));
        assertEquals(List.of("Masoud Pezeshkian/IR"), speakers(before + "During talks with Putin, he said Iran would never forget it."));
        // with a verb in the opening, the pronoun may stand for the one it names
        assertEquals(List.of("Vladimir Putin/RU"), speakers(before + "After Putin arrived he said Russia stood by Iran."));
    }

    /** A pronoun right after an opening clause with no subject ("Citing X,", "After meeting X,") is not X. */
    @Test
    void aPronounAfterASubjectlessOpeningClauseIsNotItsObject() {
        assertEquals(List.of("Abbas Araghchi/IR", "Abbas Araghchi/IR"), speakers("Araghchi said the blockade was illegal. Citing Russian "
                + "Foreign Minister Sergey Lavrov, he claimed that the ships had been seized."));
        assertEquals(List.of("Abbas Araghchi/IR", "Abbas Araghchi/IR"), speakers("Araghchi said the blockade was illegal. After meeting "
                + "Chinese Foreign Minister Wang Yi, he said that the talks had gone well."));
        // an opening clause with a subject of its own names the one the pronoun stands for
        assertEquals(List.of("Abbas Araghchi/IR", "Wang Yi/CN"), speakers("Araghchi said the blockade was illegal. When Wang Yi landed "
                + "in Tehran, he said that the talks would go on."));
    }

    @Test
    void theyAreAllWhoSpokeInTheSentenceBefore() {
        assertEquals(List.of("Russia/RU", "China/CN", "Russia/RU", "China/CN"), speakers("The leaders met, with both Russia and China "
                + "condemning the strikes. They criticised what they called violations of the UN Charter."));
    }

    @Test
    void aGroupThatAskedIsNeverShe() {
        assertEquals(List.of("Mao Ning/CN"), speakers("Foreign Ministry spokesperson Mao Ning held a briefing. Reporters asked many "
                + "questions. She added that China would send an envoy."));
    }

    @Test
    void aNewsOutletIsNeverHe() {
        assertEquals(List.of("Ali Khamenei/IR", "Ali Khamenei/IR"), speakers("Ayatollah Ali Khamenei said the war was over. "
                + "In a speech carried by state media, he hailed the victory over Israel."));
    }

    @Test
    void thePersonInAnAsideAfterAnInstitutionSpeaksForIt() {
        assertEquals(List.of("Alexey Likhachev/RU"), speakers("The head of Rosatom, Alexey Likhachev, warned that the plant must not be hit."));
        assertEquals(List.of("Gholamhossein Mohseni-Ejei/IR"),
                speakers("The head of Iran's judiciary, Gholamhossein Mohseni-Ejei, called the attack a crime."));
        // an aside about the institution itself leaves it the speaker
        assertEquals(List.of("Rosatom/RU"), speakers("Rosatom, which runs the plant, warned that it must not be hit."));
    }

    @Test
    void aStatesOwnOfficialInAnAsideAfterItSpeaksForIt() {
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Russia, Vladimir Putin, condemned the raid on Caracas."));
        assertEquals(List.of("Russia/RU"), speakers("Russia, Xi Jinping, condemned the raid on Caracas."));
    }

    @Test
    void anHonorificBeforeASurnameLeavesItTheKnownPerson() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("\"This is a violation of international law,\" Mr Lavrov told reporters."));
        assertEquals(List.of("Vladimir Putin/RU"), speakers("Mr. Putin said Russia would not stand aside."));
        assertEquals(List.of("Maria Zakharova/RU"), speakers("Ms Zakharova said Moscow was alarmed."));
    }

    @Test
    void theHostCityOfAnEmbassyIsPartOfItsSpokespersonsOffice() {
        assertEquals(List.of("spokesperson for the Chinese embassy in Washington/CN"),
                speakers("A spokesperson for the Chinese embassy in Washington said Beijing opposed the strikes."));
    }

    @Test
    void theStatementIsItsOfficialIssuersNotAGroupWhoseWordsItTells() {
        assertEquals(List.of("Iranian Embassy/IR", "Iranian Embassy/IR", "Iranian Embassy/IR"), speakers("The Iranian embassy in Lima "
                + "thanked Peru on Friday. It added that the support of Peruvian citizens, scholars and political leaders underscored the "
                + "nation's commitment to justice. \"This show of solidarity reflects the national will,\" said the statement."));
    }

    @Test
    void theMissionRefersBackToAnEmbassyAndTheEmbassyToAMission() {
        assertEquals(List.of("Iranian Embassy/IR", "Iranian Embassy/IR"), speakers("The Iranian embassy in Lima thanked Peru on Friday. "
                + "Reaffirming Iran's position, the mission said the strikes were illegal."));
        assertEquals(List.of("Russian Mission/RU", "Russian Mission/RU"), speakers("Russia's mission in Lima condemned the "
                + "raid on Friday. The embassy said the strikes were illegal."));
    }

    @Test
    void aCountrysPeopleOrAFaithsBelieversAreNoOneAPronounMeans() {
        assertEquals(List.of("Ali Rezaei/IR", "Ali Rezaei/IR"), speakers("Iranian Ambassador Ali Rezaei said the strikes were illegal. "
                + "When Malaysians asked whether the war would spread, he said it would not."));
        assertEquals(List.of("Ali Rezaei/IR", "Ali Rezaei/IR"), speakers("Iranian Ambassador Ali Rezaei said the strikes were illegal. "
                + "The Warning: Divided Muslims Are Easy Targets. Founded to unite them, he said, the OIC has lost its teeth."));
    }

    @Test
    void oneKilledIsNoSubjectALaterPronounMeans() {
        assertEquals(List.of("Abbas Araghchi/IR", "Abbas Araghchi/IR"), speakers("Abbas Araghchi said Iran would defend itself. "
                + "Iran responded to attacks that killed Mohammad Bagheri by launching strikes of its own. "
                + "\"The aggressors are worried,\" he said."));
    }

    @Test
    void theEmbassyInAPlaceIsTheEmbassyNamedBeforeNeverItsHost() {
        assertEquals(List.of("Iranian Embassy/IR", "Iranian Embassy/IR"), speakers("The Iranian embassy in Lima thanked Peru on Friday. "
                + "The embassy in Canberra said the strikes were illegal."));
    }

    @Test
    void aChineseGivenNameTakenForTheSurnameIsThePersonNamedBefore() {
        assertEquals(List.of("Mao Ning/CN", "Mao Ning/CN"), speakers("Foreign Ministry spokeswoman Mao Ning spoke on the crisis on Monday. "
                + "\"China urges all parties to cease fire,\" spokeswoman Ning said."));
    }

    @Test
    void theTwoSidesOfACallAreItsTwoLeaders() {
        assertEquals(List.of("Vladimir Putin/RU", "Xi Jinping/CN", "Xi Jinping/CN", "Vladimir Putin/RU"), speakers("Putin and Xi "
                + "condemned the raid on Venezuela when they spoke by phone on Monday. The leaders of Iran and Israel were not on the call. "
                + "The two sides agreed to remain in close contact."));
    }
}
