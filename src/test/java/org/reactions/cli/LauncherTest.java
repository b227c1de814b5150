package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;

/**
 * The launcher script, run by /bin/sh from a checkout whose path holds a space, with a jar that runs the classes
 * under test (its manifest names them, as the built jar holds them): quoting, symbolic links without GNU readlink -f,
 * JAVA_HOME, REACTIONS_HEAP and piped input.
 */
class LauncherTest {
    @TempDir
    Path dir;
    private Path checkout;

    private record Run(int code, String out, String err) {
    }

    /** A checkout at "my projects/reactions" with the launcher, target/reactions.jar, and an archive file. */
    @BeforeEach
    void checkout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("my projects/reactions"));
        Path launcher = Files.copy(Path.of("reactions"), checkout.resolve("reactions"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = Files.createDirectories(checkout.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.reactions.cli.Main");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(target.resolve("reactions.jar"))) {
            new JarOutputStream(out, manifest).close();
        }
        // an archive this Java cannot use (-Xshare:auto then runs without it): what matters is that its path,
        // which holds a space, reaches the JVM as one argument
        Files.writeString(target.resolve("reactions.jsa"), "not an archive");
    }

    private Run run(Path launcher, Map<String, String> environment, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment);
        Path in = Files.writeString(dir.resolve("stdin"), stdin);
        Process process = builder.redirectInput(in.toFile()).redirectError(dir.resolve("err").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, Files.readString(dir.resolve("err")));
    }

    @Test
    void runsFromAPathWithASpace() throws Exception {
        Run run = run(checkout.resolve("reactions"), Map.of(), "", "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("reactions "), run.out());
    }

    @Test
    void runsThroughSymbolicLinksWithoutGnuReadlink() throws Exception {
        assertFalse(Files.readString(Path.of("reactions")).contains("readlink -f"), "readlink -f is GNU-only");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("reactions"), Path.of("../my projects/reactions/reactions"));
        Path second = Files.createSymbolicLink(dir.resolve("r"), link);
        Run run = run(second, Map.of(), "", "--version");
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void honoursJavaHome() throws Exception {
        // a PATH with the tools the launcher uses but no java: only JAVA_HOME can find it
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : new String[] {"dirname", "readlink", "grep"}) {
            Files.createSymbolicLink(tools.resolve(tool), locate(tool));
        }
        Run run = run(checkout.resolve("reactions"), Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home")), "",
                "--version");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "nothing but java is needed when no argument is a path");
        Run none = run(checkout.resolve("reactions"), Map.of("PATH", tools.toString(), "JAVA_HOME", ""), "", "--version");
        assertEquals(2, none.code());
        assertEquals("reactions: no java on PATH; install Java 17 or set JAVA_HOME\n", none.err());
        Run wrong = run(checkout.resolve("reactions"), Map.of("JAVA_HOME", dir.resolve("no-java").toString()), "", "--version");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().startsWith("reactions: JAVA_HOME is " + dir.resolve("no-java") + ", which has no bin/java"), wrong.err());
    }

    private static Path locate(String tool) {
        for (String directory : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on PATH");
    }

    @Test
    void aBadHeapSizeIsAUsageErrorInOneLine() throws Exception {
        Run bad = run(checkout.resolve("reactions"), Map.of("REACTIONS_HEAP", "abc"), "", "--version");
        assertEquals(ExitCode.USAGE, bad.code());
        assertEquals("reactions: REACTIONS_HEAP is 'abc', not a heap size (like 512m or 2g)\n", bad.err());
        assertEquals(0, run(checkout.resolve("reactions"), Map.of("REACTIONS_HEAP", "256m"), "", "--version").code());
    }

    @Test
    void readsPipedInputWhenNoPathIsGiven() throws Exception {
        Run run = run(checkout.resolve("reactions"), Map.of(), "\u201CWe condemn the strikes,\u201D Lavrov said.\n",
                "statements", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("stdin#34") && run.out().contains("Lavrov"), run.out());
    }

    /** The JVM options the launcher passes, as a stand-in java in JAVA_HOME prints them. */
    private List<String> jvmOptions(Map<String, String> environment, String... args) throws Exception {
        Path fakeJava = Files.createDirectories(dir.resolve("fake-java/bin")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> withJava = new java.util.HashMap<>(environment);
        withJava.put("JAVA_HOME", dir.resolve("fake-java").toString());
        Run run = run(checkout.resolve("reactions"), withJava, "", args);
        assertEquals(0, run.code(), run.err());
        return run.out().lines().takeWhile(line -> !line.equals("-jar")).toList();
    }

    private static boolean onC1(List<String> options) {
        boolean c1 = options.contains("-XX:TieredStopAtLevel=1");
        assertTrue(c1 != options.contains("-XX:FreqInlineSize=100"), "one JIT set-up: " + options);
        return c1;
    }

    @Test
    void smallOrPipedInputRunsOnC1AndLargeInputOnC2() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.writeString(small.resolve("a.txt"), "Lavrov said the strikes were illegal.\n");
        Path large = Files.createDirectories(dir.resolve("large"));
        Files.write(large.resolve("big.txt"), new byte[40 << 20]);
        Path medium = Files.createDirectories(dir.resolve("medium"));
        Files.write(medium.resolve("mid.txt"), new byte[12 << 20]);
        assertTrue(onC1(jvmOptions(Map.of(), "--version")));
        assertTrue(onC1(jvmOptions(Map.of(), "summarize")));
        assertTrue(onC1(jvmOptions(Map.of(), "summarize", small.toString())));
        assertFalse(onC1(jvmOptions(Map.of(), "summarize", large.toString())));
        assertFalse(onC1(jvmOptions(Map.of(), "summarize", small.toString(), large.resolve("big.txt").toString())));
        // 12 MB: C2 only when a core is left to the compiler
        assertTrue(onC1(jvmOptions(Map.of(), "summarize", medium.toString(), "--threads", "64")));
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertFalse(onC1(jvmOptions(Map.of(), "summarize", medium.toString(), "--threads", "1")));
            assertFalse(onC1(jvmOptions(Map.of(), "summarize", "--threads=1", medium.toString())));
        }
        // an earlier report that -o replaces is not input
        assertTrue(onC1(jvmOptions(Map.of(), "summarize", small.toString(), "-o", large.resolve("big.txt").toString())));
        assertTrue(onC1(jvmOptions(Map.of("REACTIONS_JIT", "c1"), "summarize", large.toString())));
        assertFalse(onC1(jvmOptions(Map.of("REACTIONS_JIT", "c2"), "summarize")));
    }

    @Test
    void anUnknownJitIsAUsageErrorInOneLine() throws Exception {
        Run bad = run(checkout.resolve("reactions"), Map.of("REACTIONS_JIT", "c3"), "", "--version");
        assertEquals(ExitCode.USAGE, bad.code());
        assertEquals("reactions: REACTIONS_JIT is 'c3', not auto, c1 or c2\n", bad.err());
    }
}
