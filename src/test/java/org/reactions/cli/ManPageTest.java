package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class ManPageTest {
    @TempDir
    Path dir;

    @Test
    void theManualPageDocumentsEveryCommandOptionAndExitCode() {
        String page = ManPage.render();
        assertTrue(page.startsWith(".TH REACTIONS 1"));
        CommandLine root = Main.commandLine(InputStream.nullInputStream(), OutputStream.nullOutputStream());
        for (var sub : root.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            assertTrue(page.contains(".SS " + ManPage.escape(sub.getKey())), sub.getKey());
            for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
                assertTrue(page.contains(ManPage.escape(option.longestName())), sub.getKey() + " " + option.longestName());
            }
        }
        for (String code : new String[] {"0", "1", "2", "3"}) {
            assertTrue(page.contains(".TP\n\\fB" + code + "\\fR"), "exit code " + code);
        }
    }

    @Test
    void roffSpecialCharactersAreEscaped() {
        assertEquals("\\&.hidden", ManPage.escape(".hidden"));
        assertEquals("a\\-b \\e", ManPage.escape("a-b \\"));
    }

    @Test
    void manRendersIt() throws IOException, InterruptedException {
        Path file = dir.resolve("reactions.1");
        ManPage.main(new String[] {file.toString()});
        if (!Files.isExecutable(Path.of("/usr/bin/groff"))) {
            return; // rendering is checked where groff is installed
        }
        Path errors = dir.resolve("groff.err");
        Process groff = new ProcessBuilder("/usr/bin/groff", "-man", "-Tutf8", "-ww", file.toString())
                .redirectError(errors.toFile()).start();
        String rendered = new String(groff.getInputStream().readAllBytes()).replaceAll(".\\u0008", ""); // bold is overstruck
        assertTrue(groff.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, groff.exitValue());
        assertEquals("", Files.readString(errors), "groff warnings");
        assertTrue(rendered.contains("summarize") && rendered.contains("EXIT STATUS"), rendered);
    }

    @Test
    void shellCompletionIsGenerated() {
        CliRun run = CliRun.run("generate-completion");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash") && run.out().contains("summarize") && run.out().contains("--countries"));
        String script = run.out();
        assertTrue(script.contains("\"RU\"") && script.contains("\"GB\"") && script.contains("# --countries values"), "country codes");
        assertTrue(script.contains("# --country values"), "--country of statements and actors");
        assertTrue(script.contains("(\"text\" \"html\" \"jsonl\" \"json\") # --input-format values"), "input formats");
        assertTrue(script.contains("(\"claims\" \"reports\") # --count values"), "what --count counts");
        assertTrue(script.contains("\"CONDEMNATION\"") && script.contains("\"markdown\""), "labels and formats");
    }
}
