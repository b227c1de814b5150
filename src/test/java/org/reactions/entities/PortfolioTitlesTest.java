package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * An official's title with the portfolio of the office ("Minister of Strategic Resilience", "Minister for Trade and
 * Industry", "Head of the Presidential Administration", "the Secretary of the Security Council") or a compound title
 * ("Chief Cabinet Secretary", "Culture Minister") stays the title, and the name after it is the holder's; so is the name after the body
 * an envoy is sent to ("Kenya's ambassador to the UN Daniel Mwangi").
 */
class PortfolioTitlesTest {
    @Test
    void thePortfolioIsPartOfTheTitleAndTheNameAfterItIsTheHolders() {
        for (DataRow row : DataFiles.file(Path.of("src/test/resources/entities/portfolio-titles.tsv"), 4)) {
            Actor holder = Fixtures.entities(row.get(0)).inSentence(0).stream().map(Mention::actor).filter(Objects::nonNull)
                    .filter(a -> a.name().equals(row.get(1))).findFirst()
                    .orElseThrow(() -> new AssertionError(row.line() + ": no mention of " + row.get(1) + " in " + Fixtures.entities(row.get(0))));
            assertEquals(row.get(2), holder.role(), row.line() + ": " + holder);
            assertEquals(row.optional(3), CountryCode.text(holder.country()), row.line() + ": " + holder);
            assertEquals(true, holder.official(), row.line() + ": " + holder);
        }
    }

    /** A title that begins a definite phrase keeps its old reading: "the Minister of X" refers back to a minister. */
    @Test
    void aDefiniteTitleIsNoPortfolioTitle() {
        var mentions = Fixtures.entities("The Minister of Strategic Resilience said the talks would resume.").inSentence(0);
        assertEquals(false, mentions.stream().anyMatch(m -> m.actor() != null && m.actor().role() != null
                && m.actor().role().contains("Strategic Resilience")), mentions.toString());
    }

    /** Only nouns of a portfolio go before an official's title: not a sentence's first word, nor people who hold no office. */
    @Test
    void wordsBeforeATitleThatNameNoPortfolioAreNoTitle() {
        var officials = Fixtures.entities("While officials in Moscow have voiced condemnation, none has acted.").inSentence(0);
        assertEquals(false, officials.stream().anyMatch(m -> m.actor() != null && m.actor().name().contains("While")), officials.toString());
        var headline = Fixtures.entities("Kenyan Trade Spokesman Says Supreme Court Ruling Stands").inSentence(0);
        assertEquals(false, headline.stream().anyMatch(m -> m.text().contains("Says")), "a headline's verb joins no title: " + headline);
        var muslims = Fixtures.entities("The Warning: Divided Muslims Are Easy Targets").inSentence(0);
        assertEquals(false, muslims.stream().anyMatch(m -> m.text().contains("Divided")), muslims.toString());
    }
}
