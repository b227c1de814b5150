package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;

class StanceLexiconTest {
    @TempDir
    Path dir;

    @Test
    void anAlignmentFileReplacesACountrysPartnersAndKeepsTheOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("alignments.tsv"), "# country\tpartners\nRU\tBY|KZ\nTR\tAZ\n");
        StanceLexicon lexicon = StanceLexicon.load(BundledLabels.LABELS, List.of(), List.of(file));
        assertEquals(Set.of(CountryCode.of("BY"), CountryCode.of("KZ")), lexicon.partnersOf(CountryCode.of("RU")));
        assertEquals(Set.of(CountryCode.of("AZ")), lexicon.partnersOf(CountryCode.of("TR")));
        assertTrue(lexicon.partnersOf(CountryCode.of("IR")).contains(CountryCode.of("RU")), "bundled rows of other countries stay");
    }

    @Test
    void aMalformedAlignmentIsRejectedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "RU\tbelarus\n");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> StanceLexicon.load(BundledLabels.LABELS, List.of(), List.of(file)));
        assertTrue(e.getMessage().contains("bad.tsv:1"), e.getMessage());
    }
}
