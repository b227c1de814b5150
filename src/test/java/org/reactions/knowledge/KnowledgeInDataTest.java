package org.reactions.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Language and world knowledge lives in data, not in Java: no string literal of the code names a country, a
 * capital, a demonym or a known person, and every function-word set is read by some rule.
 */
class KnowledgeInDataTest {
    private static final Path MAIN = Path.of("src/main/java/org/reactions");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without its comments (examples in comments are documentation, not knowledge). */
    static String withoutComments(String java) {
        StringBuilder code = new StringBuilder(java.length());
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (c == '"' || c == '\'') { // a literal: copied whole, escapes included
                int j = i + 1;
                while (j < java.length() && java.charAt(j) != c && java.charAt(j) != '\n') {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                code.append(java, i, Math.min(j + 1, java.length()));
                i = j + 1;
            } else if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2) < 0 ? java.length() : java.indexOf("*/", i + 2) + 2;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Country names, aliases, capitals and demonyms, and the names and aliases of people, in lower case. */
    private static Set<String> worldNames() {
        Set<String> names = new HashSet<>();
        for (DataRow row : DataFiles.resource("reactions/kb/countries.tsv", 5)) {
            names.add(row.get(1));
            names.addAll(row.list(2));
            names.addAll(row.list(3));
        }
        for (DataRow row : DataFiles.resource("reactions/kb/actors.tsv", 5)) {
            if (row.get(1).equals("person")) {
                names.add(row.get(2));
                names.addAll(row.list(4));
            }
        }
        names.removeIf(n -> n.length() < 4); // "US", "UK" and the like are also plain words and codes
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void noStringLiteralInTheCodeNamesACountryOrAPerson() throws IOException {
        Set<String> names = worldNames();
        List<String> offenders = new ArrayList<>();
        for (Path f : sources()) {
            Matcher m = LITERAL.matcher(withoutComments(read(f)));
            while (m.find()) {
                if (m.group(1).startsWith("  reactions ")) {
                    continue; // a command line shown as an example in --help: documentation, like a comment
                }
                String literal = m.group(1).toLowerCase(Locale.ROOT);
                for (String word : literal.split("[^\\p{L}.]+")) {
                    if (names.contains(word)) {
                        offenders.add(MAIN.relativize(f) + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void commentsAreLeftOutButLiteralsKept() {
        assertEquals("a = \"x // y\";  b = 1; \n", withoutComments("a = \"x // y\"; /* Putin */ b = 1; // \"Moscow\"\n"));
    }

    @Test
    void theCheckFindsANameInALiteral() {
        Matcher m = LITERAL.matcher("Set.of(\"washington\", \"that\")");
        assertFalse(!m.find() || !worldNames().contains(m.group(1)), "the literal check would not see \"washington\"");
    }

    @Test
    void everyFunctionWordSetIsNonEmptyAndReadBySomeRule() throws IOException {
        FunctionWords words = FunctionWords.bundled();
        StringBuilder code = new StringBuilder();
        for (Path f : sources()) {
            if (!f.endsWith("FunctionWords.java")) {
                code.append(read(f));
            }
        }
        List<String> unused = new ArrayList<>();
        for (FunctionWords.Set set : FunctionWords.Set.values()) {
            assertFalse(words.get(set).isEmpty(), set.fileName() + " is empty");
            if (!Pattern.compile("\\b" + set.name() + "\\b").matcher(code).find()) {
                unused.add(set.fileName());
            }
        }
        assertEquals(List.of(), unused, "function-word sets no rule reads");
    }
}
