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

    @Test
    void aDirectoryStandsForItsTextFilesSortedByName() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        Files.createDirectory(dir.resolve("sub.txt"));
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of("a", "b"), listing.documents().stream().map(DocumentSource::id).toList());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void filesAndStandardInputKeepTheGivenOrder() throws Exception {
        Files.writeString(dir.resolve("z.txt"), "Z");
        CorpusListing listing = CorpusListing.of(List.of(dir.resolve("z.txt").toString(), "-"));
        assertEquals(List.of("z", "stdin"), listing.documents().stream().map(DocumentSource::id).toList());
        assertEquals("-", listing.documents().get(1).path());
    }

    @Test
    void anEmptyDirectoryIsAProblemNotADocument() {
        CorpusListing listing = CorpusListing.of(List.of(dir.toString()));
        assertEquals(List.of(), listing.documents());
        assertEquals(1, listing.problems().size());
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
        assertEquals(List.of("a", "a~2"), listing.documents().stream().map(DocumentSource::id).toList());
    }
}
