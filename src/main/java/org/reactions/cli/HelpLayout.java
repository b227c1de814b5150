package org.reactions.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * --help with the options in groups (what to read, what to keep, where and how to write it) instead of one
 * alphabetical list; the PATHs open the input group.
 */
final class HelpLayout {
    /** Each group's heading and its options (by longest name), in the order shown. */
    static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry("Input", List.of("--input-format", "--field", "--actors", "--stance-cues", "--alignments", "--stance-model", "--name-model", "--max-doc-bytes",
                    "--threads")),
            Map.entry("Selection", List.of("--countries", "--voices", "--since", "--until", "--count", "--country", "--found", "--label", "--speaker", "--min-confidence")),
            Map.entry("Output", List.of("--format", "--by", "--csv-raw", "--output", "--quiet", "--color", "--help", "--version")));
    static final String OTHER = "Other options";

    private HelpLayout() {
    }

    /** Lays out the help of the command and every subcommand in groups. */
    static void install(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> "");
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::groups);
        commandLine.getSubcommands().values().forEach(HelpLayout::install);
    }

    private static String groups(Help help) {
        List<OptionSpec> options = help.commandSpec().options().stream().filter(o -> !o.hidden()).toList();
        List<PositionalParamSpec> parameters = help.commandSpec().positionalParameters().stream().filter(p -> !p.hidden()).toList();
        StringBuilder b = new StringBuilder();
        List<OptionSpec> placed = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : GROUPS) {
            List<OptionSpec> in = new ArrayList<>();
            for (String name : group.getValue()) {
                OptionSpec option = help.commandSpec().findOption(name);
                if (option != null && options.contains(option)) {
                    in.add(option);
                }
            }
            placed.addAll(in);
            boolean input = group.getKey().equals("Input");
            section(b, help, group.getKey(), in, input ? parameters : List.of(), options, parameters);
        }
        List<OptionSpec> rest = options.stream().filter(o -> !placed.contains(o)).toList();
        section(b, help, OTHER, rest, List.of(), options, parameters);
        return b.toString();
    }

    private static void section(StringBuilder b, Help help, String heading, List<OptionSpec> in, List<PositionalParamSpec> parameters,
                                List<OptionSpec> allOptions, List<PositionalParamSpec> allParameters) {
        if (in.isEmpty() && parameters.isEmpty()) {
            return;
        }
        // a layout over every option and parameter, so that the columns line up from one group to the next
        Help.Layout layout = help.createDefaultLayout(allOptions, allParameters, help.colorScheme());
        b.append("\n").append(heading).append(":\n");
        if (!parameters.isEmpty()) {
            b.append(help.parameterList(parameters, layout, help.createDefaultParamLabelRenderer()));
            layout = help.createDefaultLayout(allOptions, allParameters, help.colorScheme());
        }
        b.append(help.optionListExcludingGroups(in, layout, null, help.createDefaultParamLabelRenderer()));
    }
}
