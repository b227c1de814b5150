package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassiveAgentTest {
    @Test
    void theAgentsOfAPassiveSpeechVerbSpeak() {
        Event e = Reading.at("The emergency session was requested by Russia and China.", "requested");
        assertEquals("passive-agent", e.rule().name());
        assertEquals(List.of("Russia", "China"), Reading.speakers(e));
    }

    @Test
    void theWordsBeforeAsClaimedByAreTheAgents() {
        assertEquals(List.of("Kremlin"), Reading.speakers(Reading.at("The arrest was based on allegations of espionage, as claimed by "
                + "the Kremlin.", "claimed")));
        // one who reports the words is no agent of them: "as reported by" relays
        assertEquals(List.of(), Reading.events("Lavrov condemned the raid on Monday, as reported by the Kremlin.").stream()
                .filter(e -> e.rule() != null && e.rule().name().equals("passive-agent")).toList());
    }

    @Test
    void aParticipleAfterItsNounIsPassiveToo() {
        assertEquals(List.of("Russia"), Reading.speakers(Reading.at("The resolution, proposed by Russia, also sought a ceasefire.", "proposed")));
        assertEquals(List.of("China", "Pakistan"), Reading.speakers(Reading.at("The council rejected a draft backed by China and Pakistan.",
                "backed")));
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(Reading.at("Kenya agreed to a truce with Peru proposed by Russian "
                + "President Vladimir Putin.", "proposed")));
        assertEquals(List.of("Peru"), Reading.speakers(Reading.at("Peru proposed by letter that the talks resume.", "proposed")));
    }

    @Test
    void aVerbThatNeedsAWordAfterItFindsItBeforeItsPassive() {
        assertEquals(true, Reading.events("The rebels, backed by Russia, took the town.").stream()
                .noneMatch(e -> e.cue().surface().equals("backed")));
    }

    @Test
    void anImpersonalPassiveGoesOnWithTheReadoutsIssuer() {
        String readout = "Putin held a meeting of the Security Council, the Kremlin press service said. It was stressed that the "
                + "strikes had undermined the non-proliferation regime, the press service said. It was also noted that Russia "
                + "remained ready to help.";
        assertEquals(List.of("Kremlin"), Reading.speakers(Reading.at(readout, "noted")));
        assertEquals(List.of(), Reading.speakers(Reading.at("Putin spoke at length. It was reported that Iran had fired missiles.", "reported")));
        assertEquals(List.of(), Reading.speakers(Reading.at("Putin spoke at length. Nothing was said about the talks.", "said")));
    }
}
