package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/** A headline's unnamed official is the official of that country whom the body names speaking. */
class HeadlineOfficialsTest {
    @Test
    void theHeadlinesUnnamedOfficialIsTheOneTheBodyNames() {
        assertEquals(List.of("Dmitry Medvedev/RU", "Dmitry Medvedev/RU"), Fixtures.speakers("""
                Russian leader claims several countries are ready to arm Iran

                MOSCOW — Former Russian President Dmitry Medvedev has claimed that several countries are ready to supply Iran with warheads."""));
    }

    @Test
    void aHeadlinesOfficialOfNoCountryIsTheBodysOfficialOfThatRole() {
        assertEquals(List.of("Seyed Ali Mousavi/IR", "Seyed Ali Mousavi/IR"), Fixtures.speakers("""
                Tehran has no desire for the bomb, ambassador insists

                Foreign Minister Abbas Araghchi was in Geneva. Iran's ambassador to Britain, Seyed Ali Mousavi, insisted the programme was peaceful."""));
    }

    @Test
    void aBodyThatQuotesAnUnnamedOfficialTooKeepsTheHeadlines() {
        List<String> speakers = Fixtures.speakers("""
                Iranian official warns of a wider war

                An Iranian official warned on Monday that the war could spread. Separately, Abbas Araghchi said talks were over.""");
        assertEquals("Abbas Araghchi/IR", speakers.get(speakers.size() - 1));
        assertEquals(false, speakers.get(0).startsWith("Abbas Araghchi"), speakers.toString());
    }

    @Test
    void aGroupInTheHeadlineStaysAGroup() {
        List<String> speakers = Fixtures.speakers("""
                Iranian officials slam the strikes

                Foreign Minister Abbas Araghchi said the strikes were a crime.""");
        assertEquals(false, speakers.get(0).startsWith("Abbas Araghchi"), speakers.toString());
    }

    @Test
    void theLeadsUnnamedOfficialIsTheOneTheNextParagraphNames() {
        assertEquals(List.of("Yadollah Javani/IR", "Yadollah Javani/IR", "Yadollah Javani/IR"), Fixtures.speakers("""
                IRGC general says Iran did not ask Russia for help

                A senior officer of Iran's Islamic Revolutionary Guard Corps has said that Tehran did not seek military support from Russia.

                In a video message released on Sunday, Brigadier General Yadollah Javani, the deputy commander for political affairs, said the agreements hold no defence clause."""));
    }

    @Test
    void anUnnamedOfficialLaterInTheLeadOrAfterTheLeadStaysUnnamed() {
        List<String> later = Fixtures.speakers("""
                Strikes were reported overnight across the country. A senior Iranian official said on Monday that talks were over.

                Foreign Minister Abbas Araghchi said the strikes were a crime.""");
        assertEquals(false, later.get(0).startsWith("Abbas Araghchi"), later.toString());
        List<String> notNext = Fixtures.speakers("""
                A senior Iranian official said on Monday that talks were over.

                Strikes were reported overnight across the country.

                Foreign Minister Abbas Araghchi said the strikes were a crime.""");
        assertEquals(false, notNext.get(0).startsWith("Abbas Araghchi"), notNext.toString());
    }
}
