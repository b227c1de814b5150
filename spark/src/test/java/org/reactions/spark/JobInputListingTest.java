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

/** The job lists a directory of text files as the command line does: subdirectories, any case, the same ids. */
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
}
