package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on the bundled corpus gives what the command line gives. */
class CorpusJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSummaryIsTheCommandLinesByteForByte() throws Exception {
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", LocalSpark.CORPUS.toString(), "--output", out.toString(), "--partitions", "3");
        assertEquals(0, run.code(), run.err());
        String cli = LocalSpark.cli("summarize", LocalSpark.CORPUS.toString(), "--format", "json");
        String job = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(job.contains("\"path\": \"file:" + LocalSpark.CORPUS + "/000_"), "paths are the job's own");
        assertEquals(LocalSpark.withoutPaths(cli), LocalSpark.withoutPaths(job));
    }

    @Test
    void statementsAndDocumentsAreWrittenAsJsonLinesAndParquet() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, LocalSpark.job("--input", LocalSpark.CORPUS.toString(), "--output", out.toString()).code());
        JsonNode report = JSON.readTree(out.resolve("summary.json").toFile());

        List<String> statementLines = LocalSpark.lines(out.resolve("statements.jsonl"));
        List<JsonNode> statements = new ArrayList<>();
        for (String line : statementLines) {
            statements.add(JSON.readTree(line));
        }
        assertEquals(List.copyOf(elements(report.get("statements"))), statements);
        List<String> documentIds = LocalSpark.lines(out.resolve("documents.jsonl")).stream()
                .map(line -> readTree(line).get("id").asText()).toList();
        assertEquals(elements(report.get("documents")).stream().map(d -> d.get("id").asText()).toList(), documentIds);

        // Parquet holds the same objects, field for field, in the contract's order
        var parquet = LocalSpark.session().read().parquet(out.resolve("statements.parquet").toString());
        List<String> fields = new ArrayList<>();
        statements.get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(fields, List.of(parquet.columns()));
        LocalSpark.session().conf().set("spark.sql.jsonGenerator.ignoreNullFields", "false");
        // (reading Parquet back does not keep the order of the files)
        Comparator<JsonNode> byId = Comparator.comparing(n -> n.get("id").asText());
        assertEquals(statements.stream().sorted(byId).toList(),
                parquet.toJSON().collectAsList().stream().map(CorpusJobTest::readTree).sorted(byId).toList());
        var documentsParquet = LocalSpark.session().read().parquet(out.resolve("documents.parquet").toString());
        List<String> documentFields = new ArrayList<>();
        report.get("documents").get(0).fieldNames().forEachRemaining(documentFields::add);
        assertEquals(documentFields, List.of(documentsParquet.columns()));
        assertEquals(report.get("documents").size(), documentsParquet.count());
    }

    @Test
    void aParquetDatasetGivesTheSameCountsAsTheFiles() throws Exception {
        Path dataset = dir.resolve("articles.parquet");
        List<Row> rows = new ArrayList<>();
        try (var files = Files.list(LocalSpark.CORPUS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                rows.add(org.apache.spark.sql.RowFactory.create(name.substring(0, name.length() - 4), Files.readString(file), null));
            }
        }
        var schema = new org.apache.spark.sql.types.StructType().add("id", "string").add("text", "string").add("date", "string");
        LocalSpark.session().createDataFrame(rows, schema).coalesce(1).write().parquet(dataset.toString());
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", dataset.toString(), "--output", out.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode fromRows = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode cli = JSON.readTree(LocalSpark.cli("summarize", LocalSpark.CORPUS.toString(), "--format", "json"));
        assertEquals(cli.get("countries"), fromRows.get("countries"));
        assertEquals(cli.get("statements"), fromRows.get("statements"));
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.elements().forEachRemaining(elements::add);
        return elements;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
