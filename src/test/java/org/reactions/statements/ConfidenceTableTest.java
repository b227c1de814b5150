package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's table of confidence factors is the one the code uses, row for row. */
class ConfidenceTableTest {
    @Test
    void theReadmeTableIsTheCodesTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int at = lines.indexOf("<!-- confidence-table -->");
        List<String> readme = new ArrayList<>();
        for (int i = at + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            readme.add(lines.get(i));
        }
        List<String> code = new ArrayList<>();
        for (Confidence factor : Confidence.values()) {
            code.add("| " + factor.part().name().toLowerCase(Locale.ROOT) + " | " + factor.value() + " | " + factor.when() + " |");
        }
        assertEquals(code, readme);
    }

    @Test
    void aNamedSpeakersQuotationAndAPronounsReport() {
        assertEquals(0.9, Confidence.of(true, Confidence.NAME.value(), false));
        assertEquals(0.64, Confidence.of(false, Confidence.PRONOUN.value(), false));
        assertEquals(0.81, Confidence.of(true, Confidence.NAME.value(), true));
    }
}
