package org.reactions.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CountryCodeTest {
    @Test
    void twoUpperCaseLettersAreACodeThatPrintsAsItself() {
        CountryCode russia = CountryCode.of("RU");
        assertEquals("RU", russia.value());
        assertEquals("RU", russia.toString());
        assertEquals(CountryCode.of("RU"), russia);
        assertEquals("RU".hashCode(), russia.hashCode(), "hash maps keyed by codes iterate as they did with strings");
    }

    @Test
    void anythingElseIsRejectedInOneLineThatQuotesIt() {
        for (String bad : Arrays.asList("ru", "Ru", "R", "RUS", "", " RU", "R1", "\u00c4B", "-", null)) {
            assertFalse(CountryCode.wellFormed(bad), bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCode.of(bad), bad);
            assertEquals("country code must be two upper-case letters (ISO 3166-1 alpha-2), found '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void codesSortAsTheirLettersDo() {
        List<String> letters = List.of("US", "CN", "IR", "AZ", "RU", "AM", "IL");
        List<CountryCode> codes = new ArrayList<>(letters.stream().map(CountryCode::of).toList());
        Collections.shuffle(codes, new java.util.Random(7));
        assertEquals(letters.stream().sorted().toList(), new TreeSet<>(codes).stream().map(CountryCode::value).toList());
    }

    @Test
    void joinAndTextWriteTheLettersAndNoCountryAsNull() {
        assertEquals("IL, US", CountryCode.join(", ", List.of(CountryCode.of("IL"), CountryCode.of("US"))));
        assertEquals("", CountryCode.join(";", List.of()));
        assertEquals("IR", CountryCode.text(CountryCode.of("IR")));
        assertNull(CountryCode.text(null));
    }

    @Test
    void aCodeSurvivesSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CountryCode.of("CN"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(CountryCode.of("CN"), in.readObject());
        }
    }

    @Test
    void aDataFileWithABadCodeNamesTheFileAndLine() throws Exception {
        List<DataRow> rows = DataFiles.parse("kb.tsv", new BufferedReader(new StringReader("RU\t-\n# comment\nru\t-\n")), 2);
        assertEquals(CountryCode.of("RU"), rows.get(0).countryCode(0));
        assertNull(rows.get(0).optionalCountryCode(1));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> rows.get(1).countryCode(0));
        assertEquals("kb.tsv:3: country code must be two upper-case letters, found 'ru'", e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1);
    }
}
