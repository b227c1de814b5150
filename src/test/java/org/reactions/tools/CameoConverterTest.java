package org.reactions.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The converter on a short dictionary written in the CAMEO format: every entry is converted or counted as dropped. */
class CameoConverterTest {
    @TempDir
    Path out;

    private List<String> rows(String file) throws IOException {
        return Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }

    private CameoDictionary.Counts convertSample() throws Exception {
        Path sample = Path.of(CameoConverterTest.class.getResource("/org/reactions/tools/cameo-sample.txt").toURI());
        return CameoConverter.convert(sample, "0123456789abcdef0123456789abcdef01234567", out);
    }

    @Test
    void countsEverySourceEntry() throws Exception {
        CameoDictionary.Counts counts = convertSample();
        assertEquals(new CameoDictionary.Counts(2, 5, 7, 6, 1, 1, 0, 1, 1, 1), counts);
        String header = Files.readString(out.resolve("cameo-patterns.tsv"));
        assertTrue(header.contains("verb-entries=5 patterns=7 synset-members=6"), header);
        assertTrue(header.contains("commit 0123456789abcdef0123456789abcdef01234567"), header);
        assertTrue(header.contains("Copyright (c) 2015 Open Event Data Alliance"), header);
    }

    @Test
    void verbsGetTheirFormsFixedWordsAndCodes() throws Exception {
        convertSample();
        assertEquals(List.of(
                "plead\tplead|pleads|pleaded|pleading\t-\t-\tplead\t020\t-\t21",
                "beg\tbeg|begs|begged|begging\t-\t-\tplead\t020\t-\t22",
                "cry out\tcry|cries|cried|crying\t-\tout\tplead\t-\t-\t23",
                "host\thost|hosts|hosted|hosting\t-\t-\thost\t042\t043\t32",
                "stay\tstay|stays|stayed|staying\t-\t-\thost\t-\t043\t33"), rows("cameo-verbs.tsv"));
    }

    @Test
    void patternsKeepTheirSyntaxAndTheVerbTheyWereWrittenFor() throws Exception {
        convertSample();
        assertEquals(List.of(
                "plead\tplead\t-\t(for &truce)\t0256\t-\t24",
                "plead\tbeg\t-\tcalm\t0256\t-\t26",
                "plead\t-\t-\t(for &goods)\t0233\t-\t27",
                "host\thost\t&military\ttalks\t046\t-\t34"), rows("cameo-patterns.tsv"));
    }

    @Test
    void synonymSetsGetPluralsUnlessMarkedAndOnlyNamedSetsAreKept() throws Exception {
        convertSample();
        assertEquals(List.of(
                "truce\ttruce\t5", "truce\ttruces\t5", "truce\tcease fire\t6", "truce\tcease fires\t6",
                "truce\tcalm\t7", "goods\tfood\t10", "military\tarmy\t13", "military\tarmies\t13"), rows("cameo-synsets.tsv"));
    }
}
