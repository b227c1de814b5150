package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;

/** Terminal manners: colour and progress only on terminals, never with NO_COLOR or --quiet. */
class TerminalTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTerminals() {
        System.clearProperty("reactions.stdout.tty");
        System.clearProperty("reactions.stderr.tty");
    }

    private Path corpusOf(int documents) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus" + documents));
        for (int i = 0; i < documents; i++) {
            Files.writeString(corpus.resolve("d" + i + ".txt"), "Moscow urged restraint on day " + i + ".");
        }
        return corpus;
    }

    @Test
    void aProgressBarOnlyOnATerminalAndForMoreThanAFewDocuments() throws Exception {
        Path many = corpusOf(8);
        Path few = corpusOf(3);
        System.setProperty("reactions.stderr.tty", "1");
        assertTrue(CliRun.run("summarize", many.toString()).err().contains("8/8 documents"));
        assertEquals("", CliRun.run("summarize", few.toString()).err());
        assertEquals("", CliRun.run("summarize", many.toString(), "--quiet").err());
        System.setProperty("reactions.stderr.tty", "0");
        assertEquals("", CliRun.run("summarize", many.toString()).err());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws Exception {
        System.setProperty("reactions.stdout.tty", "1");
        assertTrue(CliRun.run("summarize", "corpus").out().contains("\u001B[1m"));
        Path file = dir.resolve("report.txt");
        CliRun.run("summarize", "corpus", "-o", file.toString());
        assertFalse(Files.readString(file).contains("\u001B["), "no colour in files");
        System.setProperty("reactions.stdout.tty", "0");
        assertFalse(CliRun.run("summarize", "corpus").out().contains("\u001B["));

        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dreactions.stdout.tty=1", "-cp", System.getProperty("java.class.path"), "org.reactions.cli.Main", "summarize", "corpus"));
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("Russia (RU)"), out);
        assertFalse(out.contains("\u001B["), "NO_COLOR wins");
    }

    @Test
    void colorAlwaysAndNeverOverruleTheTerminal() throws Exception {
        System.setProperty("reactions.stdout.tty", "0");
        assertTrue(CliRun.run("summarize", "corpus", "--color=always").out().contains("\u001B[1m"));
        Path file = dir.resolve("report.txt");
        CliRun.run("--color", "always", "statements", "corpus", "-o", file.toString());
        assertTrue(Files.readString(file).contains("\u001B["), "always is always, as grep --color=always");
        System.setProperty("reactions.stdout.tty", "1");
        assertFalse(CliRun.run("summarize", "corpus", "--color=never").out().contains("\u001B["));
        assertFalse(CliRun.run("explain", "000_5e1f9e76c6f91612#2079", "corpus", "--color=never").out().contains("\u001B["));
        assertTrue(CliRun.run("explain", "000_5e1f9e76c6f91612#2079", "corpus").out().contains("\u001B[33mlogical consequence"));
        assertEquals(ExitCode.USAGE, CliRun.run("summarize", "corpus", "--color=sometimes").code());
    }

    @Test
    void userStanceCueFilesExtendTheLexicon() throws Exception {
        Path cues = Files.writeString(dir.resolve("cues.tsv"), "# label\tpolarity\tpattern\ttarget\nGRIEVANCE\t+\tsnub*\t-\n");
        Path doc = Files.writeString(dir.resolve("d.txt"), "Baghaei said the delegation was snubbed.");
        assertFalse(CliRun.run("statements", doc.toString(), "--format", "csv").out().contains("GRIEVANCE"));
        CliRun run = CliRun.run("statements", doc.toString(), "--format", "csv", "--stance-cues", cues.toString());
        assertTrue(run.out().contains("GRIEVANCE"), run.out() + run.err()); // the model never saw the user's cue: it decides
        CliRun explained = CliRun.run("explain", "d#9", doc.toString(), "--stance-cues", cues.toString());
        assertTrue(explained.out().contains("GRIEVANCE: yes, decided by a cue of a --stance-cues file"), explained.out());
        Path broken = Files.writeString(dir.resolve("broken.tsv"), "ANGER\t+\tsnub*\t-\n");
        CliRun bad = CliRun.run("statements", doc.toString(), "--stance-cues", broken.toString());
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().contains("broken.tsv:1: unknown label 'ANGER'"), bad.err());
    }
}
