package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.DataRow;
import org.reactions.knowledge.KnowledgeException;

/** Every entry of reactions/html/boilerplate.tsv loads and drops what it says, in a page written for it. */
class HtmlBoilerplateTest {
    private static final HtmlBoilerplate BOILERPLATE = HtmlBoilerplate.bundled();
    private static final String ARTICLE = "<p>Lin Jian said China firmly opposed the use of force.</p>";

    @Test
    void everyMarkerDropsTheBlockItMarks() {
        List<String> failures = new ArrayList<>();
        for (String marker : BOILERPLATE.markers()) {
            String page = "<html><body><div class=\"story\">" + ARTICLE + "</div><div class=\"x-" + marker
                    + "-block\"><p>Putin said the block marked " + marker + " stays.</p></div></body></html>";
            if (HtmlArticle.extract(page, BOILERPLATE).text().contains("stays")) {
                failures.add(marker);
            }
        }
        assertEquals(List.of(), failures, "markers that drop nothing");
    }

    @Test
    void everyTeaserDropsTheParagraphItOpens() {
        List<String> failures = new ArrayList<>();
        for (String teaser : BOILERPLATE.teasers()) {
            String page = "<html><body><div class=\"story\">" + ARTICLE + "<p>" + teaser.toUpperCase(java.util.Locale.ROOT)
                    + " Putin says the teaser stays</p></div></body></html>";
            if (HtmlArticle.extract(page, BOILERPLATE).text().contains("stays")) {
                failures.add(teaser);
            }
        }
        assertEquals(List.of(), failures, "teasers that drop nothing");
    }

    @Test
    void anUnknownKindNamesItsLine() {
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> new HtmlBoilerplate(List.of(new DataRow("b.tsv", 3, List.of("banner", "x")))));
        assertTrue(e.getMessage().startsWith("b.tsv:3: kind must be marker or teaser"), e.getMessage());
    }
}
