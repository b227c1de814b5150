package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;
import picocli.CommandLine;

/** Every exit code of the command line, through picocli. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.run("--help");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().contains("summarize"));
        assertTrue(run.out().contains("Exit codes"));
        CliRun summarize = CliRun.run("summarize", "--help");
        assertEquals(ExitCode.OK, summarize.code());
        assertTrue(summarize.out().contains("--countries") && summarize.out().matches("(?s).*\\n  3 +nothing readable.*"), summarize.out());
    }

    @Test
    void helpGroupsTheOptionsAndGivesExamples() {
        for (String command : new String[] {"summarize", "statements", "actors", "explain", "report"}) {
            String help = CliRun.run(command, "--help").out();
            assertTrue(help.contains("\nInput:\n") && help.contains("\nOutput:\n") && help.contains("\nExamples:\n  reactions " + command),
                    help);
            assertTrue(!help.contains(HelpLayout.OTHER + ":"), command + ": every option is in a group");
            assertTrue(help.contains("[-o=FILE]"), "the usage line shows how -o takes its value");
            assertTrue(!help.contains("--version"), command + ": the version is asked of reactions itself");
        }
        assertTrue(CliRun.run("statements", "--help").out().contains("\nSelection:\n      --countries"));
        assertTrue(CliRun.run("--help").out().contains("-V, --version"));
        assertEquals(ExitCode.USAGE, CliRun.run("summarize", "-V").code());
    }

    @Test
    void commonAttributesAreDefinedOnceAndInherited() {
        CommandLine root = Main.commandLine(InputStream.nullInputStream(), OutputStream.nullOutputStream());
        for (CommandLine sub : root.getSubcommands().values()) {
            assertTrue(sub.getCommandSpec().findOption("--color") != null, sub.getCommandName() + " inherits --color");
            assertTrue(sub.getCommandSpec().findOption("--help") != null, sub.getCommandName() + " inherits --help");
        }
        assertEquals(root.getCommandSpec().usageMessage().exitCodeList(),
                root.getSubcommands().get("summarize").getCommandSpec().usageMessage().exitCodeList());
    }

    @Test
    void versionIsTheBuildVersion() {
        CliRun run = CliRun.run("--version");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().matches("reactions \\d+\\.\\d+\\.\\d+.*\\s*"), run.out());
    }

    @Test
    void exitCode0WhenEveryDocumentIsAnalysed() {
        CliRun run = CliRun.run("summarize", "corpus");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("Russia (RU):") && run.out().contains("China (CN):") && run.out().contains("Iran (IR):"));
        assertEquals("", run.err());
    }

    @Test
    void exitCode1WhenSomeDocumentsCannotBeRead() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Moscow urged restraint.");
        Path binary = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path output = dir.resolve("out.json");
        CliRun run = CliRun.run("summarize", good.toString(), binary.toString(), dir.resolve("gone.txt").toString(),
                "--format", "json", "-o", output.toString());
        assertEquals(ExitCode.SOME_FAILED, run.code());
        assertTrue(run.err().contains("bad.txt: binary file") && run.err().contains("gone.txt: no such file"), run.err());
        assertTrue(run.errorsAreOneLiners(), run.err());
        JsonNode report = JSON.readTree(output.toFile());
        assertEquals(1, report.path("statements").size());
        assertEquals("binary file (contains NUL bytes), not text", report.path("documents").get(1).path("error").asText());
        assertTrue(report.path("documents").get(0).path("error").isNull());
    }

    @Test
    void exitCode2ForUsageErrors() {
        for (String[] args : new String[][] {
            {"summarize", "--countries", "XX", "corpus"},
            {"summarize", "--format", "yaml", "corpus"},
            {"summarize", "--bogus", "corpus"},
            {"summarize", "--threads", "0", "corpus"},
            {"summarize", "--actors", "no-such-file.tsv", "corpus"},
            {"summarize", "--name-model", "no-such-model.bin", "corpus"},
            {"summarize", "--name-model", "pom.xml", "corpus"},
            {"summarize", "corpus", "-o", "/no/such/dir/out.json"},
            {},
        }) {
            CliRun run = CliRun.run(args);
            assertEquals(ExitCode.USAGE, run.code(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith("reactions: "), run.err());
            assertTrue(run.errorsAreOneLiners(), run.err());
        }
    }

    @Test
    void exitCode5AndNothingWrittenWhenNoPathIsGivenAndStandardInputIsEmpty() {
        for (String[] args : new String[][] {{"summarize"}, {"statements", "--format", "json"}, {"report"}, {"explain", "doc#1"}}) {
            CliRun run = CliRun.run(args); // standard input here is an empty pipe
            assertEquals(ExitCode.NO_INPUT, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.out());
            assertEquals("reactions: no input: no PATH was given and standard input is empty (give directories, files, or - with documents "
                    + "piped in)", run.err().strip());
        }
    }

    @Test
    void exitCode3WhenNothingIsReadable() throws Exception {
        CliRun missing = CliRun.run("summarize", dir.resolve("gone.txt").toString());
        assertEquals(ExitCode.NOTHING_READABLE, missing.code());
        CliRun empty = CliRun.run("summarize", dir.toString());
        assertEquals(ExitCode.NOTHING_READABLE, empty.code());
        assertTrue(empty.err().contains("no .txt files"), empty.err());
    }

    @Test
    void everyFormatWritesItsReportToAFile() throws Exception {
        for (Format format : Format.values()) {
            Path output = dir.resolve("report." + format);
            CliRun run = CliRun.run("summarize", "corpus", "--format", format.name(), "-o", output.toString());
            assertEquals(ExitCode.OK, run.code(), format + ": " + run.err());
            assertEquals("", run.out());
            assertTrue(Files.size(output) > 100, format.name());
            try (var listing = Files.list(dir)) {
                assertEquals(List.of(), listing.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
            }
        }
    }

    @Test
    void jsonLinesStreamStatementsThenDocumentsThenTheSummary() throws Exception {
        CliRun run = CliRun.run("summarize", "corpus", "--format", "jsonl");
        List<String> lines = run.out().lines().toList();
        List<String> types = new java.util.ArrayList<>();
        for (String line : lines) {
            types.add(JSON.readTree(line).path("type").asText());
        }
        assertEquals("statement", types.get(0));
        assertEquals("summary", types.get(types.size() - 1));
        assertEquals(5, types.stream().filter("document"::equals).count());
        JsonNode json = JSON.readTree(CliRun.run("summarize", "corpus", "--format", "json").out());
        assertEquals(json.path("statements").size(), types.stream().filter("statement"::equals).count());
    }

    @Test
    void standardInputIsADocument() {
        CliRun run = CliRun.withInput("Beijing called for an immediate ceasefire.", "summarize", "-", "--format", "json");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("\"document\": \"stdin\""), run.out());
    }

    @Test
    void anyCountryOfTheKnowledgeBaseCanBeRequested() throws Exception {
        Path doc = Files.writeString(dir.resolve("tr.txt"), "Turkish Foreign Minister Hakan Fidan said Ankara urged restraint.");
        CliRun run = CliRun.run("summarize", doc.toString(), "--countries", "tr,in", "--format", "json");
        assertEquals(ExitCode.OK, run.code(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("TR", report.path("countries").get(0).path("code").asText());
        assertEquals("IN", report.path("countries").get(1).path("code").asText());
        assertEquals(1, report.path("countries").get(0).path("statements").asInt());
    }

    @Test
    void userActorFilesAddActors() throws Exception {
        Path actors = Files.writeString(dir.resolve("actors.tsv"), "# country\ttype\tname\trole\taliases\n"
                + "IR\tperson\tDariush Kamali\tPresidential adviser\tKamali\n");
        Path doc = Files.writeString(dir.resolve("d.txt"), "Kamali said Tehran would respond.");
        CliRun without = CliRun.run("summarize", doc.toString(), "--format", "json");
        CliRun with = CliRun.run("summarize", doc.toString(), "--format", "json", "--actors", actors.toString());
        assertTrue(without.out().contains("\"statements\": []"), without.out());
        assertTrue(with.out().contains("\"name\": \"Dariush Kamali\""), with.out());
    }

    @Test
    void aBrokenActorFileIsAUsageErrorThatNamesTheLine() throws Exception {
        Path actors = Files.writeString(dir.resolve("actors.tsv"), "IR\tperson\tonly three columns\n");
        CliRun run = CliRun.run("summarize", "corpus", "--actors", actors.toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("actors.tsv:1: expected 5"), run.err());
    }

    @Test
    void anOutputFileGetsThePermissionsOfAnyNewFile() throws Exception {
        Path output = dir.resolve("report.json");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // created under the same umask
        assertEquals(ExitCode.OK, CliRun.run("summarize", "corpus", "--format", "json", "-o", output.toString()).code());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(output));
    }
}
