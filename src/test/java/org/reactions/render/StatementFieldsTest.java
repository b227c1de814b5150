package org.reactions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas and the writers cannot drift apart: the statement of {@code schema/reactions-v1.schema.json} has the
 * fields of {@link StatementFields#ALL}, in its order and of its JSON types, and every schema that shows a statement
 * refers to that one definition.
 */
class StatementFieldsTest {
    private static final Path SCHEMAS = Path.of("schema");
    private static final String STATEMENT = "reactions-v1.schema.json#/$defs/statement";
    private static final JsonNode CONTRACT = read(SCHEMAS.resolve("reactions-v1.schema.json"));

    @Test
    void theSchemasStatementHasTheFieldsInTheirOrderAndTypes() {
        assertFields(StatementFields.ALL, CONTRACT.path("$defs").path("statement"), "statement");
    }

    private static void assertFields(List<StatementField> fields, JsonNode object, String where) {
        List<String> properties = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(properties, fields.stream().map(StatementField::name).toList(), where);
        for (StatementField field : fields) {
            JsonNode property = ContractTypes.resolve(CONTRACT, object.path("properties").path(field.name()));
            assertEquals(jsonType(field.type()), ContractTypes.type(property), where + "." + field.name());
            if (!field.parts().isEmpty()) {
                assertFields(field.parts(), property, where + "." + field.name());
            }
        }
    }

    @Test
    void everySchemaThatShowsAStatementRefersToTheOneDefinition() throws IOException {
        int references = 0;
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                String text = Files.readString(file);
                references += text.split("\"" + java.util.regex.Pattern.quote(file.endsWith("reactions-v1.schema.json")
                        ? "#/$defs/statement" : STATEMENT) + "\"", -1).length - 1;
                assertTrue(!text.contains("\"quote\"") || file.endsWith("reactions-v1.schema.json"),
                        file + " lists a statement's fields of its own");
            }
        }
        assertEquals(4, references, "the summary, statements, JSON Lines records and explain each show the one statement");
    }

    @Test
    void csvHasEveryFieldOnceInItsOwnOrder() {
        assertEquals(List.of("id", "document", "sentence", "start", "end", "country", "speaker", "speaker_role", "speaker_type", "mode",
                "cue", "labels", "confidence", "quote", "text", "rule", "targets", "claim", "voice", "reported_by"), CsvReportWriter.COLUMNS);
    }

    private static String jsonType(StatementField.JsonType type) {
        return type == StatementField.JsonType.STRING_ARRAY ? "array" : type.name().toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
