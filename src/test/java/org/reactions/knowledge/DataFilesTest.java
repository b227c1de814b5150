package org.reactions.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFilesTest {
    private static List<DataRow> parse(String text, int columns) throws Exception {
        return DataFiles.parse("test.tsv", new BufferedReader(new StringReader(text)), columns);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndListsSplit() throws Exception {
        List<DataRow> rows = parse("# comment\n\nRU\ta|b\t-\n", 3);
        assertEquals(1, rows.size());
        assertEquals(List.of("a", "b"), rows.get(0).list(1));
        assertEquals(List.of(), rows.get(0).list(2));
        assertEquals(3, rows.get(0).line());
    }

    @Test
    void aWrongNumberOfColumnsNamesTheLine() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> parse("a\tb\n", 3));
        assertTrue(e.getMessage().startsWith("test.tsv:1: expected 3"), e.getMessage());
    }

    @Test
    void emptyColumnsAndStraySpacesAreRejected() {
        assertThrows(KnowledgeException.class, () -> parse("a\t\tc\n", 3));
        assertThrows(KnowledgeException.class, () -> parse("a\t b\tc\n", 3));
    }

    @Test
    void yesAndNoOnly() throws Exception {
        DataRow row = parse("yes\tmaybe\n", 2).get(0);
        assertTrue(row.yesNo(0));
        assertThrows(KnowledgeException.class, () -> row.yesNo(1));
    }
}
