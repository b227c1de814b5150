package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of attribution rules is the rule list, in order, with each rule's own description. */
class ReadmeRulesTest {
    @Test
    void theReadmeListsTheRulesInOrder() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int at = lines.indexOf("   <!-- attribution-rules -->");
        List<String> readme = new ArrayList<>();
        for (int i = at + 3; i < lines.size() && lines.get(i).startsWith("   |"); i++) {
            readme.add(lines.get(i).strip());
        }
        List<String> code = AttributionRules.ORDER.stream().map(r -> "| `" + r.id().name() + "` | " + r.id().description() + " |").toList();
        assertEquals(code, readme);
    }
}
