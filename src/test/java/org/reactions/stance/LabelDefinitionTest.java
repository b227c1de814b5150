package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON schema names exactly the labels of labels.tsv, in their order, in both places it lists them. */
class LabelDefinitionTest {
    @Test
    void theSchemaListsTheLabelsOfTheDataFile() throws IOException {
        List<String> defined = Labels.bundled().definitions().stream().map(d -> d.label().name()).toList();
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/reactions-v1.schema.json").toFile());
        assertEquals(defined, names(schema.at("/$defs/label/enum")), "$defs.label.enum");
        assertEquals(defined, names(schema.at("/$defs/labelCounts/required")), "countries[].labels and timeline[].labels");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
