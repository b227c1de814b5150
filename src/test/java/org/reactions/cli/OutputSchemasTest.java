package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

/**
 * Every JSON output has a schema in schema/, and every command's output is valid against its own: the summary,
 * statements, each JSON Lines record, explain and actors, on the bundled corpus and on a feed with titles, outlets,
 * addresses and broken articles. The schemas are closed, so a field added to an output and not to its schema fails here.
 */
class OutputSchemasTest {
    private static final String BASE = "https://github.com/reactions/reactions/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, Path.of("schema").toAbsolutePath().toUri().toString())));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** the bundled corpus, and a feed with titles, outlets, addresses, dates and broken articles */
    private static final List<List<String>> INPUTS = List.of(List.of("corpus"), List.of("src/test/resources/feeds/agency.jsonl",
            "--field", "id=story_id,text=body,date=published_at,title=headline,source=publisher,url=link"));

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of(BASE + name));
    }

    private static void assertValid(JsonSchema schema, JsonNode output, String what) {
        Set<ValidationMessage> problems = schema.validate(output);
        assertTrue(problems.isEmpty(), what + ": " + problems);
    }

    private static String output(List<String> input, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(1, input);
        return output(all.toArray(String[]::new));
    }

    private static String output(String... args) {
        CliRun run = CliRun.run(args);
        assertTrue(run.code() == ExitCode.OK || run.code() == ExitCode.SOME_FAILED, run.err());
        return run.out();
    }

    @Test
    void theSummaryAndTheStatementsFollowTheirSchemas() throws Exception {
        for (List<String> input : INPUTS) {
            assertValid(schema("reactions-v1.schema.json"), JSON.readTree(output(input, "summarize", "--format", "json")), "summarize " + input);
            JsonNode statements = JSON.readTree(output(input, "statements", "--format", "json"));
            assertValid(schema("statements-v1.schema.json"), statements, "statements " + input);
            assertFalse(statements.path("statements").isEmpty());
        }
    }

    @Test
    void everyJsonLinesRecordFollowsItsSchema() throws Exception {
        JsonSchema records = schema("records-v1.schema.json");
        for (List<String> input : INPUTS) {
            for (String command : List.of("summarize", "statements")) {
                String[] lines = output(input, command, "--format", "jsonl").split("\n");
                assertTrue(lines.length > 1);
                for (String line : lines) {
                    assertValid(records, JSON.readTree(line), command + " " + input + ": " + line);
                }
            }
        }
    }

    @Test
    void explainAndActorsFollowTheirSchemas() throws Exception {
        JsonNode statements = JSON.readTree(output("statements", "corpus", "--format", "json")).path("statements");
        for (int i = 0; i < statements.size(); i += 9) {
            String id = statements.get(i).path("id").asText();
            assertValid(schema("explain-v1.schema.json"), JSON.readTree(output("explain", id, "corpus", "--format", "json")), "explain " + id);
        }
        for (String found : List.of("--found", "--no-found")) {
            assertValid(schema("actors-v1.schema.json"), JSON.readTree(output("actors", "corpus", found, "--format", "json")), "actors " + found);
        }
    }

    /** The schemas are closed: what an output does not promise is refused, so a new field cannot slip past them. */
    @Test
    void aFieldNoSchemaPromisesIsRefused() throws Exception {
        JsonNode statements = JSON.readTree(output("statements", "corpus", "--format", "json"));
        ((ObjectNode) statements.path("statements").get(0)).put("sentiment", "negative");
        assertEquals(1, schema("statements-v1.schema.json").validate(statements).size());
        JsonNode line = JSON.readTree(output("statements", "corpus", "--format", "jsonl").split("\n")[0]);
        ((ObjectNode) line).put("type", "document");
        assertFalse(schema("records-v1.schema.json").validate(line).isEmpty(), "a statement is no document");
    }
}
