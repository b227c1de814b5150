package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusListingTest {
    @TempDir
    Path dir;

    private static List<String> ids(CorpusListing listing) {
        return listing.documents().stream().map(DocumentSource::id).toList();
    }

    @Test
    void aDirectoryStandsForItsDocumentsSortedByNameAndSaysWhatItSkipped() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve("more.md"), "not an article");
        Files.writeString(dir.resolve("scan.pdf"), "not text");
        Files.writeString(dir.resolve("README"), "no extension");
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of("a", "b"), ids(listing));
        assertEquals(List.of(dir + ": skipped 4 files of other kinds (.md ×2, .pdf ×1, no extension ×1)"), listing.problems());
    }

    @Test
    void anyCaseOfTheExtensionAndEveryKindIsRead() throws Exception {
        for (String name : List.of("A.TXT", "b.Html", "c.htm", "d.JSONL", "e.ndjson", "f.json")) {
            Files.writeString(dir.resolve(name), name.toLowerCase().contains("json") ? "{}" : name.toLowerCase().contains("htm") ? "<p>x</p>" : "x");
        }
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of("A", "b", "c", "d", "e", "f"), ids(listing));
        assertEquals(List.of(InputFormat.TEXT, InputFormat.HTML, InputFormat.HTML, InputFormat.JSONL, InputFormat.JSONL, InputFormat.JSON),
                listing.documents().stream().map(DocumentSource::format).toList());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void subdirectoriesAreDescendedAndTheIdIsTheRelativePath() throws Exception {
        Path march = Files.createDirectories(dir.resolve("2026/03"));
        Files.writeString(march.resolve("wire.txt"), "W");
        Files.writeString(dir.resolve("top.txt"), "T");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD.txt"), "hidden");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of("2026/03/wire", "top"), ids(listing));
        assertEquals(march.resolve("wire.txt").toString(), listing.documents().get(0).path());
    }

    @Test
    void linksAreFollowedAndALoopIsNamedNotFollowed() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("wire.txt"), "W");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("agency"), shared);
        Files.createSymbolicLink(corpus.resolve("self"), corpus);
        Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
        CorpusListing listing = CorpusListing.of(List.of(link + "/"));
        assertEquals(List.of("agency/wire"), ids(listing));
        assertEquals(List.of(link.resolve("self") + ": links back to a directory above it; not followed"), listing.problems());
    }

    @Test
    void filesAndStandardInputKeepTheGivenOrder() throws Exception {
        Files.writeString(dir.resolve("z.txt"), "Z");
        CorpusListing listing = CorpusListing.of(List.of(dir.resolve("z.txt").toString(), "-"));
        assertEquals(List.of("z", "stdin"), ids(listing));
        assertEquals("-", listing.documents().get(1).path());
    }

    @Test
    void theDeclaredFormatIsStandardInputsAndThatOfFilesWithAnUnknownExtension() throws Exception {
        CorpusListing listing = CorpusListing.of(List.of("-", "page.html", "export.dat"), InputFormat.JSONL);
        assertEquals(List.of(InputFormat.JSONL, InputFormat.HTML, InputFormat.JSONL),
                listing.documents().stream().map(DocumentSource::format).toList());
    }

    @Test
    void withoutADeclaredFormatAFileWhoseNameSaysNothingIsReadByItsContent() throws Exception {
        Path lines = Files.writeString(dir.resolve("export.dat"), "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n");
        Path array = Files.writeString(dir.resolve("export.out"), "\uFEFF  [{\"text\": \"One.\"}]");
        Path wrapped = Files.writeString(dir.resolve("export"), "{\n  \"articles\": [{\"text\": \"One.\"}]\n}\n");
        Path wrappedOnOneLine = Files.writeString(dir.resolve("export.one"), "{\"items\": [{\"text\": \"One.\"}]}");
        Path longLine = Files.writeString(dir.resolve("long.dat"), "{\"text\": \"" + "word ".repeat(20_000) + "\"}\n");
        Path text = Files.writeString(dir.resolve("notes.dat"), "Lavrov said {braces} are fine.");
        CorpusListing listing = CorpusListing.of(List.of(lines, array, wrapped, wrappedOnOneLine, longLine, text).stream().map(Path::toString).toList(), null);
        assertEquals(List.of(InputFormat.JSONL, InputFormat.JSON, InputFormat.JSON, InputFormat.JSON, InputFormat.JSONL, InputFormat.TEXT),
                listing.documents().stream().map(DocumentSource::format).toList());
        assertEquals(lines + ": read as a JSON Lines feed, by its content", listing.problems().get(0));
        assertEquals(5, listing.problems().size(), "each feed found so is said, the text is not");
        assertEquals(List.of(InputFormat.TEXT), CorpusListing.of(List.of("-"), null).documents().stream().map(DocumentSource::format).toList());
    }

    /** A feed's name that says otherwise than its content: the content is read, and the disagreement said. */
    @Test
    void aFeedWhoseContentIsNotWhatItsNameSaysIsReadByItsContent() throws Exception {
        String article = "{\"id\": \"a\", \"text\": \"Moscow urged restraint.\"}";
        Files.writeString(dir.resolve("lines.json"), article + "\n" + article.replace("\"a\"", "\"b\"") + "\n");
        Files.writeString(dir.resolve("array.jsonl"), "[\n" + article + "\n]\n");
        Files.writeString(dir.resolve("page.jsonl"), "<!DOCTYPE html><html><body><p>Text.</p></body></html>");
        Files.writeString(dir.resolve("notes.json"), "Moscow urged restraint.\n");
        Files.writeString(dir.resolve("one.json"), article + "\n");
        Files.writeString(dir.resolve("pretty.json"), "{\n  \"articles\": [" + article + "]\n}\n");
        Files.writeString(dir.resolve("ok.jsonl"), article + "\n");
        Files.writeString(dir.resolve("empty.json"), "");
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of(InputFormat.JSON, InputFormat.JSON, InputFormat.JSONL, InputFormat.TEXT, InputFormat.JSONL, InputFormat.JSON,
                InputFormat.HTML, InputFormat.JSON), listing.documents().stream().map(DocumentSource::format).toList(), ids(listing).toString());
        assertEquals(List.of(dir.resolve("array.jsonl") + ": read as a JSON feed: that is what it holds, though its name says a JSON Lines feed",
                dir.resolve("lines.json") + ": read as a JSON Lines feed: that is what it holds, though its name says a JSON feed",
                dir.resolve("notes.json") + ": read as text: that is what it holds, though its name says a JSON feed",
                dir.resolve("page.jsonl") + ": read as a web page: that is what it holds, though its name says a JSON Lines feed"),
                listing.problems());
        CorpusListing named = CorpusListing.of(List.of(dir.resolve("lines.json").toString()), InputFormat.JSON);
        assertEquals(InputFormat.JSONL, named.documents().get(0).format(), "a file named on the command line too");
    }

    @Test
    void anEmptyDirectoryIsAProblemNotADocument() {
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of(), listing.documents());
        assertEquals(List.of(dir + ": directory holds no .txt files (nor any .html, .htm, .jsonl, .ndjson or .json)"), listing.problems());
    }

    @Test
    void aMissingPathIsStillADocumentSoItsErrorIsReported() {
        CorpusListing listing = CorpusListing.of(List.of(dir.resolve("gone.txt").toString()));
        assertEquals("gone", listing.documents().get(0).id());
    }

    @Test
    void idsStayUniqueWhenFileNamesRepeat() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(other.resolve("a.txt"), "A");
        CorpusListing listing = CorpusListing.of(List.of(dir.resolve("a.txt").toString(), other.toString()));
        assertEquals(List.of("a", "a~2"), ids(listing));
    }
}
