package org.reactions.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VerbNet converter on two short classes written in VerbNet's format. */
class VerbNetConverterTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(VerbNetConverterTest.class.getResource("/org/reactions/tools/" + name).toURI());
    }

    @Test
    void membersOfClassesAndSubclassesGetEveryFormAndTheirClasses() throws Exception {
        Path out = dir.resolve("inventory.tsv");
        String counts = VerbNetConverter.convert(resource("verbnet-sample"), resource("verb-sample.exc"), "vn", "wn", out,
                List.of("say-37.7", "confess-37.10"));
        assertEquals("# source counts: members=5 (of 3 classes and subclasses); lemmas written=4", counts);
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of(
                "admit\tadmit|admits|admitted|admitting\t-\tsay-37.7-1|confess-37.10",
                "emphasize\temphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising\t-\tsay-37.7-1",
                "say\tsay|says|saying|said\t-\tsay-37.7",
                "speak out\tspeak|speaks|speaking|spoke|spoken\tout\tsay-37.7"), rows);
    }
}
