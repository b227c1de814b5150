package org.reactions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the manual page {@code reactions(1)} in roff from the command line's own definition, so that it never
 * drifts from {@code --help}. {@code mvn package} runs it into {@code target/man/reactions.1}; read it with
 * {@code man -l target/man/reactions.1}.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/man/reactions.1");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** The manual page. */
    public static String render() {
        CommandLine root = Main.commandLine(InputStream.nullInputStream(), OutputStream.nullOutputStream());
        CommandSpec spec = root.getCommandSpec();
        String version = new Main.Version().getVersion()[0];
        StringBuilder b = new StringBuilder();
        b.append(".TH REACTIONS 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        b.append(".SH NAME\nreactions \\- ").append(escape(lowerFirst(String.join(" ", spec.usageMessage().description())))).append('\n');
        b.append(".SH SYNOPSIS\n.B reactions\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIPATH\\fR...]\n");
        b.append(".SH DESCRIPTION\n").append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');
        b.append(".SH COMMANDS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec command = sub.getCommandSpec();
            if (command.usageMessage().hidden() || command.name().equals("help")) {
                continue;
            }
            b.append(".SS ").append(escape(command.name())).append('\n');
            b.append(escape(String.join(" ", command.usageMessage().description()))).append('\n');
            for (PositionalParamSpec parameter : command.positionalParameters()) {
                b.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n")
                        .append(escape(describe(parameter.description(), null, null))).append('\n');
            }
            for (OptionSpec option : command.options()) {
                if (option.hidden()) {
                    continue;
                }
                b.append(".TP\n\\fB").append(escape(String.join(", ", option.names()))).append("\\fR");
                if (option.typeInfo().isBoolean()) {
                    b.append('\n');
                } else {
                    b.append("=\\fI").append(escape(option.paramLabel())).append("\\fR\n");
                }
                b.append(escape(describe(option.description(), option.defaultValueString(), option.completionCandidates()))).append('\n');
            }
        }
        b.append(".SH EXIT STATUS\n");
        for (var code : spec.usageMessage().exitCodeList().entrySet()) {
            b.append(".TP\n\\fB").append(escape(code.getKey().strip())).append("\\fR\n").append(escape(code.getValue().strip())).append('\n');
        }
        b.append(".SH ENVIRONMENT\n.TP\n\\fBNO_COLOR\\fR\nWhen set, no colour with \\-\\-color=auto, even on a terminal.\n");
        b.append(".TP\n\\fBJAVA_HOME\\fR\nThe Java the launcher runs (else java on PATH).\n");
        b.append(".TP\n\\fBREACTIONS_HEAP\\fR\nThe launcher's maximum heap, like 512m or 2g (default 1g); anything else is a usage error.\n");
        b.append(".TP\n\\fBREACTIONS_CDS\\fR\nWhen off, the launcher does not use the class-data-sharing archive that mvn package builds.\n");
        b.append(".TP\n\\fBREACTIONS_JIT\\fR\nThe launcher's JIT: auto (the default: C1 alone for small inputs and piped input, C2 for large ones), c1 or c2; "
                + "anything else is a usage error.\n");
        b.append(".SH SEE ALSO\nREADME.md of the project, for the JSON contract and the knowledge files.\n");
        return b.toString();
    }

    private static String describe(String[] description, String defaultValue, Iterable<String> candidates) {
        String text = String.join(" ", description);
        if (defaultValue != null) {
            text = text.replace("${DEFAULT-VALUE}", defaultValue);
        }
        if (candidates != null) {
            List<String> all = StreamSupport.stream(candidates.spliterator(), false).toList();
            text = text.replace("${COMPLETION-CANDIDATES}", all.stream().collect(Collectors.joining(", ")));
        }
        return text;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Roff-safe text: backslashes, hyphens, and a dot or quote at the start of a line. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
