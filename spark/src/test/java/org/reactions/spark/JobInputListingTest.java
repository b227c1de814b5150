package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.DocumentSource;

/** The job lists a directory as the command line does: text and web pages, subdirectories, any case, the same ids. */
class JobInputListingTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryOfTextFilesGivesTheCommandLinesDocumentsInItsOrder() throws Exception {
        for (String file : List.of("b.txt", "a.txt", "2026/march/wire.TXT", "2026/april.txt", ".hidden/x.txt", "sub/.y.txt")) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "Lavrov said the talks would go on.\n");
        }
        List<String> job = JobInput.textFiles(dir.toString(), new Configuration()).stream().map(InputDocument::id).toList();
        List<String> cli = CorpusListing.of(List.of(dir.toString())).documents().stream().map(DocumentSource::id).toList();
        assertEquals(List.of("2026/april", "2026/march/wire", "a", "b"), job);
        assertEquals(cli, job);
    }

    @Test
    void webPagesAreListedWithTheCommandLinesIdsAndFormats() throws Exception {
        for (String file : List.of("b.html", "a.txt", "news/c.HTM", "notes.md")) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "<html><body><p>Lavrov said the talks would go on.</p></body></html>\n");
        }
        List<InputDocument> job = JobInput.textFiles(dir.toString(), new Configuration());
        List<DocumentSource> cli = CorpusListing.of(List.of(dir.toString())).documents();
        assertEquals(List.of("a", "b", "news/c"), job.stream().map(InputDocument::id).toList());
        assertEquals(cli.stream().map(DocumentSource::id).toList(), job.stream().map(InputDocument::id).toList());
        assertEquals(cli.stream().map(DocumentSource::format).toList(), job.stream().map(InputDocument::format).toList());
    }

    @Test
    void aFeedAmongTheFilesIsAUsageErrorNotASkip() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Lavrov said the talks would go on.\n");
        Files.writeString(dir.resolve("wire.jsonl"), "{\"id\": \"w\", \"text\": \"Lavrov said so.\"}\n");
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> JobInput.textFiles(dir.toString(), new Configuration()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("wire.jsonl is a feed"), e.getMessage());
    }
}
