package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule list: ids unique, every rule tested by a class of its own, the schema's enum the same list. */
class AttributionRulesTest {
    @Test
    void idsAreUniqueAndEveryRuleHasItsOwnTestClass() {
        List<String> ids = AttributionRules.ORDER.stream().map(rule -> rule.id().name()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate rule ids: " + ids);
        for (AttributionRule rule : AttributionRules.ORDER) {
            Path test = Path.of("src/test/java/org/reactions/statements/attribution", rule.getClass().getSimpleName() + "Test.java");
            assertTrue(Files.exists(test), "no test class for " + rule.getClass().getSimpleName());
        }
    }

    @Test
    void everyRuleHoldsItsOwnIdWithADescription() {
        for (AttributionRule rule : AttributionRules.ORDER) {
            assertSame(rule.id(), rule.id(), rule.getClass().getSimpleName() + " makes its id once");
            assertFalse(rule.id().description().isBlank(), rule.id().name());
        }
    }

    @Test
    void theSchemaListsExactlyTheRules() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/reactions-v1.schema.json").toFile());
        List<String> listed = new ArrayList<>();
        schema.at("/$defs/statement/properties/rule/enum").forEach(n -> listed.add(n.asText()));
        assertEquals(AttributionRules.ORDER.stream().map(rule -> rule.id().name()).toList(), listed);
    }
}
