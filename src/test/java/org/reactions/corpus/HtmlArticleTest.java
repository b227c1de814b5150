package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactions.Fixtures;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.DocumentResult;

/**
 * Article extraction on five page layouts (a broadcaster, a wire service, a regional site, a newspaper, a WordPress
 * blog), each with decoy statements in its boilerplate (cookie notices, navigation, related links, comments,
 * footers) that must not reach the text nor become statements.
 */
class HtmlArticleTest {
    private static final HtmlBoilerplate BOILERPLATE = HtmlBoilerplate.bundled();

    record Page(String file, String title, String outlet, LocalDate date, List<String> article, List<String> decoys,
                List<String> speakers) {
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                new Page("broadcaster.html", "Russia condemns strikes on Iran as 'unprovoked aggression'", "World Service News",
                        LocalDate.of(2026, 3, 2),
                        List.of("Russia has condemned the US and Israeli strikes", "Maria Zakharova said the strikes",
                                "Vladimir Putin warned that", "The Kremlin has not said whether"),
                        List.of("cookies", "Home", "Related: Putin says", "China vows", "Wang Yi said Beijing will send troops",
                                "Copyright", "a caption says", "By Anna Petrova", "West will pay"),
                        List.of("Maria Zakharova", "Vladimir Putin")),
                new Page("wire.html", "China urges restraint after strikes on Iran", "Global Wire", LocalDate.of(2026, 3, 3),
                        List.of("BEIJING, March 3", "Lin Jian said China firmly opposed", "\"The international community should"),
                        List.of("Accept All Cookies", "Business", "Advertisement", "Xi Jinping said", "Most read",
                                "Iran says Russia betrayed it", "Wang Yi said markets"),
                        List.of("Lin Jian")),
                new Page("regional.html", "Iran says allies offered only words", "Gulf Today Online", LocalDate.of(2026, 3, 4),
                        List.of("Iranian officials have voiced growing frustration", "Abbas Araghchi said Iran had",
                                "Fatemeh Mohajerani said Tehran would defend"),
                        List.of("Features", "Russia says it will defend Iran", "Read more", "China's envoy says",
                                "will surrender", "Privacy", "Published On"),
                        List.of("Abbas Araghchi")),
                new Page("newspaper.html", "Putin and Xi call for ceasefire in joint statement", "The Daily Ledger", LocalDate.of(2026, 3, 5),
                        List.of("Vladimir Putin and Xi Jinping have called", "The Kremlin said the two leaders",
                                "Mao Ning said Beijing was ready"),
                        List.of("Skip to main content", "Subscribe today", "Related:", "send troops to Iran tomorrow",
                                "Explore more", "comments are closed", "all rights reserved"),
                        List.of("Mao Ning")),
                new Page("blog.html", "Iran’s Revolutionary Guard warns of response", "eurasiamonitor.example", LocalDate.of(2026, 3, 6),
                        List.of("A senior commander of Iran’s Revolutionary Guard warned", "Sergey Lavrov said Moscow was in close contact"),
                        List.of("Share this", "Twitter", "Zakharova said the West is lying", "Lavrov said Russia will bomb",
                                "Leave a Reply", "Recent Posts", "Putin vows", "powered by WordPress", "Posted in"),
                        List.of("Sergey Lavrov")))
                .map(Arguments::of);
    }

    private static String page(String file) throws IOException {
        return Files.readString(Path.of("src/test/resources/html", file), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theArticleIsRecoveredAndTheBoilerplateDropped(Page expected) throws IOException {
        HtmlArticle article = HtmlArticle.extract(page(expected.file()), BOILERPLATE);
        String text = article.text();
        assertTrue(text.startsWith(expected.title() + "\n\n"), "the headline comes first:\n" + text);
        for (String part : expected.article()) {
            assertTrue(text.contains(part), "missing '" + part + "' in:\n" + text);
        }
        for (String decoy : expected.decoys()) {
            assertFalse(text.contains(decoy), "decoy '" + decoy + "' extracted in:\n" + text);
        }
        assertEquals(expected.outlet(), article.metadata().outlet());
        assertEquals(expected.title(), article.metadata().title());
        assertEquals(expected.date(), article.date());
        assertEquals(List.of(), article.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void statementsComeFromTheArticleOnlyWithOffsetsIntoTheExtractedText(Page expected) throws Exception {
        SourceDocument document = DocumentReader.fromHtml("page", expected.file(), page(expected.file()), new ArrayList<>(), BOILERPLATE);
        DocumentResult result = Fixtures.ANALYZER.analyze(0, document);
        List<String> speakers = result.statements().stream().map(s -> s.statement().speaker().name()).toList();
        for (String speaker : expected.speakers()) {
            assertTrue(speakers.contains(speaker), speaker + " not among " + speakers);
        }
        for (LabeledStatement s : result.statements()) {
            assertEquals(s.statement().text(), document.text().substring(s.statement().start(), s.statement().end()));
            for (String decoy : expected.decoys()) {
                assertFalse(s.statement().text().contains(decoy), "statement from a decoy: " + s.statement().text());
            }
        }
        assertEquals(expected.date(), result.date());
    }

    @Test
    void brokenMarkupStillGivesItsText() {
        HtmlArticle article = HtmlArticle.extract("<html><body><div><p>Lavrov said Moscow <b>condemned the strikes.<p>Unclosed <i>paragraph", BOILERPLATE);
        assertEquals("Lavrov said Moscow condemned the strikes.\n\nUnclosed paragraph", article.text());
        assertNull(article.metadata().title());
    }

    @Test
    void textWithoutParagraphMarkupIsCutAtLineBreaks() {
        HtmlArticle article = HtmlArticle.extract("<html><body><nav><a href='/'>Home</a></nav><div class='story'><h1>Moscow reacts</h1>"
                + "<div>Lavrov said Moscow condemned the strikes.<br><br>Zakharova called them <b>illegal</b>.</div>"
                + "<div>Read more: Putin says nothing</div></div><footer>Putin said the footer is fine.</footer></body></html>", BOILERPLATE);
        assertEquals("Moscow reacts\n\nLavrov said Moscow condemned the strikes.\n\nZakharova called them illegal.", article.text());
        assertEquals(List.of(), article.warnings());
    }

    @Test
    void looseTextMadeOfLinksIsNavigationNotArticle() {
        HtmlArticle article = HtmlArticle.extract("<html><body><article><p></p></article>"
                + "<p><a href='/a'>Putin vows to strike back at once</a></p></body></html>", BOILERPLATE);
        assertEquals("", article.text());
        HtmlArticle inline = HtmlArticle.extract("<html><body><div>Lavrov said <a href='/s'>the strikes</a> were illegal.</div></body></html>",
                BOILERPLATE);
        assertEquals("Lavrov said the strikes were illegal.", inline.text());
    }

    @Test
    void aDateThatDoesNotParseIsAWarningAndTheArticleIsUndated() {
        HtmlArticle article = HtmlArticle.extract("<html><head><meta property=\"article:published_time\" content=\"last Tuesday\"></head>"
                + "<body><h1>Title</h1><p>Wang Yi said China opposed the strikes.</p></body></html>", BOILERPLATE);
        assertNull(article.date());
        assertEquals(List.of("date 'last Tuesday' (article:published_time) is not an ISO date (YYYY-MM-DD); the document counts as undated"),
                article.warnings());
    }

    @Test
    void aPageWithoutParagraphsSaysSo() {
        HtmlArticle article = HtmlArticle.extract("<html><head><title>Only a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>", BOILERPLATE);
        assertEquals("Only a title", article.text());
        assertEquals(List.of("no article paragraphs found in the page"), article.warnings());
    }
}
