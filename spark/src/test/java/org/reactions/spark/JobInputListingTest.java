package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.DocumentSource;

/** The job lists a directory as the command line does: text, web pages and feeds, subdirectories, any case, the same ids. */
class JobInputListingTest {
    private static final org.reactions.corpus.HtmlBoilerplate BOILERPLATE = org.reactions.corpus.HtmlBoilerplate.bundled();
    @TempDir
    Path dir;

    @Test
    void aDirectoryOfTextFilesGivesTheCommandLinesDocumentsInItsOrder() throws Exception {
        for (String file : List.of("b.txt", "a.txt", "2026/march/wire.TXT", "2026/april.txt", ".hidden/x.txt", "sub/.y.txt")) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "Lavrov said the talks would go on.\n");
        }
        List<String> job = JobInput.textFiles(dir.toString(), new Configuration(), CorpusOptions.defaults(1_000_000, BOILERPLATE)).stream().map(InputDocument::id).toList();
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
        List<InputDocument> job = JobInput.textFiles(dir.toString(), new Configuration(), CorpusOptions.defaults(1_000_000, BOILERPLATE));
        List<DocumentSource> cli = CorpusListing.of(List.of(dir.toString())).documents();
        assertEquals(List.of("a", "b", "news/c"), job.stream().map(InputDocument::id).toList());
        assertEquals(cli.stream().map(DocumentSource::id).toList(), job.stream().map(InputDocument::id).toList());
        assertEquals(cli.stream().map(DocumentSource::format).toList(), job.stream().map(InputDocument::format).toList());
    }

    @Test
    void feedsGiveTheirArticlesWithTheCommandLinesIds() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Lavrov said the talks would go on.\n");
        Files.writeString(dir.resolve("wire.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"Lavrov said so.\", \"source\": \"Wire\"}",
                "not json",
                "{\"text\": \"Wang Yi said so.\"}") + "\n");
        Files.writeString(dir.resolve("z.json"), "[{\"id\": \"z1\", \"text\": \"Araghchi said so.\"}]");
        List<InputDocument> job = JobInput.textFiles(dir.toString(), new Configuration(), CorpusOptions.defaults(1_000_000, BOILERPLATE));
        List<String> cli = new java.util.ArrayList<>();
        try (var reader = new org.reactions.corpus.CorpusReader(CorpusListing.of(List.of(dir.toString())).documents(),
                org.reactions.corpus.CorpusOptions.defaults(1_000_000, BOILERPLATE), java.io.InputStream.nullInputStream())) {
            reader.forEachRemaining(pending -> cli.add(pending.id()));
        }
        assertEquals(cli, job.stream().map(InputDocument::id).toList());
        assertEquals(5, job.size());
        assertEquals("a~2", job.get(1).id());
        assertEquals("Wire", job.get(1).article().document().metadata().outlet());
        org.junit.jupiter.api.Assertions.assertNotNull(job.get(2).article().error(), "a broken line is a failed document");
        org.junit.jupiter.api.Assertions.assertTrue(job.get(0).isFile());
    }

    @Test
    void aDirectoryIsADatasetOnlyWhenItHoldsSparksPartFiles() throws Exception {
        Path dataset = Files.createDirectories(dir.resolve("dataset"));
        Files.writeString(dataset.resolve("part-00000-x.json"), "{}\n");
        Files.writeString(dataset.resolve("_SUCCESS"), "");
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(feeds.resolve("wire.jsonl"), "{}\n");
        Files.writeString(feeds.resolve("a.txt"), "Lavrov said so.\n");
        assertEquals(JobArguments.InputFormat.JSON, JobInput.detect(dataset.toString(), new Configuration()));
        assertEquals(JobArguments.InputFormat.TEXT, JobInput.detect(feeds.toString(), new Configuration()));
        assertEquals(JobArguments.InputFormat.JSON, JobInput.detect(feeds.resolve("wire.jsonl").toString(), new Configuration()));
    }
}
