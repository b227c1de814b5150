package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a holder held an office, as the brackets of the knowledge base's role say it. */
class HeldPeriodTest {
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 20);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 10);

    @Test
    void theBracketsGiveTheBounds() {
        assertEquals(new HeldPeriod(null, LocalDate.of(2025, 10, 31)), HeldPeriod.of("Prime Minister (until October 2025)"));
        assertEquals(new HeldPeriod(LocalDate.of(2026, 3, 1), null), HeldPeriod.of("Supreme Leader (from March 2026)"));
        assertEquals(new HeldPeriod(null, LocalDate.of(2026, 2, 28)), HeldPeriod.of("Supreme Leader (killed February 2026)"));
        assertEquals(new HeldPeriod(LocalDate.of(2026, 1, 1), null), HeldPeriod.of("President (acting, from January 2026)"));
        assertEquals(new HeldPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 8, 31)),
                HeldPeriod.of("Foreign Minister (July 2025 to August 2026)"));
        assertEquals(new HeldPeriod(null, LocalDate.of(2026, 12, 31)), HeldPeriod.of("President (until 2026)"));
        assertEquals(HeldPeriod.ALWAYS, HeldPeriod.of("Foreign Minister"));
        assertEquals(HeldPeriod.ALWAYS, HeldPeriod.of("Foreign Minister (acting)"));
    }

    @Test
    void aDayInsideTheBoundsHoldsAndAnUndatedDocumentAsksAboutToday() {
        HeldPeriod killed = HeldPeriod.of("Supreme Leader (killed February 2026)");
        HeldPeriod successor = HeldPeriod.of("Supreme Leader (from March 2026)");
        assertTrue(killed.holds(JUNE_2025));
        assertFalse(successor.holds(JUNE_2025));
        assertFalse(killed.holds(MARCH_2026));
        assertTrue(successor.holds(MARCH_2026));
        assertFalse(killed.holds(null));
        assertTrue(successor.holds(null));
    }

    @Test
    void aRoleMayNameSeveralOfficesAndSayWhoDiedInOne() {
        assertEquals(java.util.List.of("National Security Adviser (until May 2025)", "Ambassador to the UN (from September 2025)"),
                HeldPeriod.offices("National Security Adviser (until May 2025); Ambassador to the UN (from September 2025)"));
        assertEquals(java.util.List.of("Commander (until June 2025)", "Chief of Staff (June 2025 to February 2026; killed)"),
                HeldPeriod.offices("Commander (until June 2025); Chief of Staff (June 2025 to February 2026; killed)"));
        assertTrue(HeldPeriod.diedIn("Chief of Staff (June 2025 to February 2026; killed)"));
        assertTrue(HeldPeriod.diedIn("Supreme Leader (killed February 2026)"));
        assertFalse(HeldPeriod.diedIn("Vice President for Strategic Affairs (until March 2025)"));
    }
}
