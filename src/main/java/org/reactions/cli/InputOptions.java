package org.reactions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.DateRange;
import org.reactions.corpus.FeedFields;
import org.reactions.corpus.InputFormat;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.pipeline.AnalysisSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to analyse, shared by every command that reads a corpus. */
public final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Directories (their .txt, .html, .jsonl and .json files, in subdirectories too, sorted by path), "
                    + "files, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--countries", split = ",", paramLabel = "CODE",
            description = "ISO 3166-1 alpha-2 codes of the countries whose official voices count, in report order "
                    + "(default: ${DEFAULT-VALUE}, from reactions/profile.properties).")
    List<String> countries = defaultCountries();

    @Option(names = "--threads", paramLabel = "N", description = "Documents analysed in parallel (default: the number of processors).")
    Integer threads;

    @Option(names = "--max-doc-bytes", paramLabel = "BYTES", defaultValue = "20971520",
            description = "Skip documents larger than this, with an error (default: ${DEFAULT-VALUE}).")
    long maxDocumentBytes;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor file in the format of the bundled kb/actors.tsv; adds actors, or replaces those of the same name and country. Repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--stance-cues", paramLabel = "FILE",
            description = "Stance-cue file in the format of the bundled lexicon/stance-cues.tsv; adds cues. Repeatable.")
    List<Path> stanceCueFiles = new ArrayList<>();

    @Option(names = "--name-model", paramLabel = "FILE",
            description = "A trained OpenNLP name-finder model (TokenNameFinderModel .bin); the person names it finds count as names.")
    Path nameModel;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "text, html, jsonl or json: how standard input is read, and files whose extension is not "
                    + ".txt, .html/.htm, .jsonl/.ndjson or .json (default: text).")
    String inputFormat;

    @Option(names = "--field", split = ",", paramLabel = "FIELD=NAME",
            description = "The name of a feed field in your feed: --field text=body,date=published_at (fields: id, text, html, "
                    + "title, date, url, source).")
    Map<String, String> feedFields = new LinkedHashMap<>();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "Leave out documents dated before this day (undated documents are kept and counted apart).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD",
            description = "Leave out documents dated after this day (undated documents are kept and counted apart).")
    String until;

    @Option(names = "--count", paramLabel = "claims|reports", defaultValue = "claims",
            description = "What stance labels and highlights count: each claim once, however many outlets reprinted it "
                    + "(default), or every report.")
    String count;

    static List<String> defaultCountries() {
        Properties profile = new Properties();
        try (InputStream in = InputOptions.class.getClassLoader().getResourceAsStream("reactions/profile.properties")) {
            if (in != null) {
                profile.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(profile.getProperty("countries", "RU,CN,IR").split(","));
    }

    /** A country code as the knowledge base spells it, from one as a user typed it (" ru"). */
    static String countryCode(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** The documents of the paths, with the format --input-format declares. */
    CorpusListing listing(CommandLine commandLine) {
        return CorpusListing.of(paths, declaredFormat(commandLine));
    }

    /** How documents are read: size limit, declared format, feed field names. */
    CorpusOptions corpusOptions(CommandLine commandLine, AnalysisSettings settings) {
        try {
            return new CorpusOptions(settings.maxDocumentBytes(), declaredFormat(commandLine), FeedFields.DEFAULT.with(feedFields));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--field: " + e.getMessage());
        }
    }

    /** The days of --since and --until. */
    DateRange dates(CommandLine commandLine) {
        try {
            return new DateRange(day(commandLine, "--since", since), day(commandLine, "--until", until));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** Whether every report counts, not each claim once. */
    boolean countReports(CommandLine commandLine) {
        return switch (count.strip().toLowerCase(Locale.ROOT)) {
            case "claims" -> false;
            case "reports" -> true;
            default -> throw new CommandLine.ParameterException(commandLine, "--count: '" + count + "' is not claims or reports");
        };
    }

    private InputFormat declaredFormat(CommandLine commandLine) {
        if (inputFormat == null) {
            return InputFormat.TEXT;
        }
        InputFormat format = InputFormat.ofLabel(inputFormat);
        if (format == null) {
            throw new CommandLine.ParameterException(commandLine, "--input-format: '" + inputFormat + "' is not one of text, html, jsonl, json");
        }
        return format;
    }

    private static LocalDate day(CommandLine commandLine, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(commandLine, option + ": '" + value + "' is not a day (YYYY-MM-DD, e.g. 2026-03-04)");
        }
    }

    /** Loads the knowledge base with the user's files; a bad file is a usage error. */
    ActorKnowledgeBase knowledgeBase(CommandLine commandLine) {
        try {
            return ActorKnowledgeBase.load(actorFiles);
        } catch (KnowledgeException e) {
            throw new CommandLine.ParameterException(commandLine, "--actors: " + e.getMessage());
        }
    }

    AnalysisSettings settings(CommandLine commandLine, ActorKnowledgeBase kb) {
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "no input: give directories, text files, or - for standard input");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String country : countries) {
            String code = countryCode(country);
            if (kb.country(code).isEmpty()) {
                throw new CommandLine.ParameterException(commandLine,
                        "--countries: unknown country code '" + country + "' (ISO 3166-1 alpha-2, e.g. RU, CN, IR)");
            }
            codes.add(code);
        }
        if (maxDocumentBytes < 1) {
            throw new CommandLine.ParameterException(commandLine, "--max-doc-bytes must be positive");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be between 1 and 256");
        }
        for (Path file : stanceCueFiles) {
            if (!Files.isReadable(file)) {
                throw new CommandLine.ParameterException(commandLine, "--stance-cues: cannot read " + file);
            }
        }
        if (nameModel != null && !Files.isReadable(nameModel)) {
            throw new CommandLine.ParameterException(commandLine, "--name-model: cannot read " + nameModel);
        }
        return new AnalysisSettings(List.copyOf(codes), maxDocumentBytes, n, actorFiles, stanceCueFiles, nameModel);
    }
}
