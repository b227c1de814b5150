package org.reactions.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.DateRange;
import org.reactions.corpus.FeedFields;
import org.reactions.corpus.HtmlBoilerplate;
import org.reactions.corpus.InputFormat;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Countries;
import org.reactions.pipeline.Counting;
import org.reactions.pipeline.Knowledge;
import org.reactions.pipeline.StanceModelChoice;
import org.reactions.statements.Voice;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The options that say what to analyse, shared by every command that reads a corpus. The PATHs are the command's
 * positional parameters ({@link WithPaths}) except for explain, whose first parameter is a statement id.
 */
public class InputOptions {
    static final String PATHS_HELP = "Directories (their .txt, .html, .jsonl and .json files, in subdirectories too, sorted by path), "
            + "files, or - for standard input (read when no PATH is given and standard input is not a terminal).";

    List<String> paths = new ArrayList<>();

    /** The input options of a command whose positional parameters are all PATHs. */
    public static final class WithPaths extends InputOptions {
        @Parameters(paramLabel = "PATH", arity = "0..*", description = PATHS_HELP)
        void paths(List<String> given) {
            paths = given;
        }
    }

    @Option(names = "--countries", split = ",", paramLabel = "CODE", completionCandidates = CompletionValues.CountryCodes.class,
            description = "ISO 3166-1 alpha-2 codes (or a country's name or alias) of the countries whose official voices count, in report order "
                    + "(default: ${DEFAULT-VALUE}, from reactions/profile.properties).")
    List<String> countries = Countries.defaults().stream().map(CountryCode::value).toList();

    @Option(names = "--voices", split = ",", paramLabel = "VOICE", defaultValue = "official", converter = EnumWords.Voices.class,
            completionCandidates = EnumWords.Voices.class,
            description = "The voices whose statements count: official (officials, institutions, the state), source (unnamed sources: "
                    + "'sources close to', 'people familiar with'), reported (an official's words as another relates them) "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Voice> voices;

    @Option(names = "--threads", paramLabel = "N", description = "Documents analysed in parallel (default: the number of processors).")
    Integer threads;

    @Option(names = "--max-doc-bytes", paramLabel = "SIZE", defaultValue = "20MB", converter = Numbers.ByteSize.class,
            description = "Skip documents larger than this, with an error: bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
    long maxDocumentBytes;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor file in the format of the bundled kb/actors.tsv; adds actors, or replaces those of the same name and country. Repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--stance-cues", paramLabel = "FILE",
            description = "Stance-cue file in the format of the bundled lexicon/stance-cues.tsv; adds cues. Repeatable.")
    List<Path> stanceCueFiles = new ArrayList<>();

    @Option(names = "--alignments", paramLabel = "FILE",
            description = "Alignment file in the format of the bundled kb/alignments.tsv; a country listed there gets these partners. Repeatable.")
    List<Path> alignmentFiles = new ArrayList<>();

    @Option(names = "--name-model", paramLabel = "FILE",
            description = "A trained OpenNLP name-finder model (TokenNameFinderModel .bin); the person names it finds count as names.")
    Path nameModel;

    @Option(names = "--stance-model", paramLabel = "FILE",
            description = "A stance model trained with reactions train-stance, in place of the bundled one; none labels by the rules alone.")
    String stanceModel;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = EnumWords.InputFormats.class,
            completionCandidates = EnumWords.InputFormats.class,
            description = "text, html, jsonl or json: how standard input is read, and files whose extension is not "
                    + ".txt, .html/.htm, .jsonl/.ndjson or .json (default: text).")
    InputFormat inputFormat;

    @Option(names = "--field", split = ",", paramLabel = "FIELD=NAME",
            description = "The name of a feed field in your feed: --field text=body,date=published_at (fields: id, text, html, "
                    + "title, date, url, source).")
    List<String> feedFields = new ArrayList<>();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "Leave out documents dated before this day (undated documents are kept and counted apart).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD",
            description = "Leave out documents dated after this day (undated documents are kept and counted apart).")
    String until;

    @Option(names = "--count", paramLabel = "claims|reports", defaultValue = "claims", converter = EnumWords.Counts.class,
            completionCandidates = EnumWords.Counts.class,
            description = "What stance labels and highlights count: each claim once, however many outlets reprinted it "
                    + "(default), or every report.")
    Counting count;

    /** A country code as the knowledge base spells it, from one as a user typed it (" ru"). */
    static String countryCode(String typed) {
        return Countries.normalize(typed);
    }

    /** The documents of the paths, with the format --input-format declares. */
    CorpusListing listing() {
        return CorpusListing.of(paths, inputFormat); // undeclared (null): sniffed
    }

    /** How documents are read: size limit, declared format, feed field names. */
    CorpusOptions corpusOptions(CommandLine commandLine, AnalysisSettings settings, HtmlBoilerplate boilerplate) {
        try {
            return new CorpusOptions(settings.maxDocumentBytes(), inputFormat == null ? InputFormat.TEXT : inputFormat,
                    FeedFields.DEFAULT.withAssigned(feedFields),
                    boilerplate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** The days of --since and --until. */
    DateRange dates(CommandLine commandLine) {
        try {
            return DateRange.parse(since, until);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** Whether every report counts, not each claim once. */
    boolean countReports() {
        return count.reports();
    }

    /** Loads the knowledge base with the user's files; a bad file is a usage error. */
    ActorKnowledgeBase knowledgeBase(CommandLine commandLine) {
        actorFiles.forEach(file -> requireReadable(commandLine, "--actors", file));
        try {
            return ActorKnowledgeBase.load(actorFiles);
        } catch (KnowledgeException e) {
            throw new CommandLine.ParameterException(commandLine, "--actors: " + e.getMessage());
        }
    }

    /** The run's knowledge: the knowledge base with the other files the settings name; a bad file is a usage error. */
    Knowledge knowledge(CommandLine commandLine, ActorKnowledgeBase kb, AnalysisSettings settings) {
        try {
            return Knowledge.load(kb, settings);
        } catch (KnowledgeException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage()); // names the file at fault
        }
    }

    AnalysisSettings settings(CommandLine commandLine, ActorKnowledgeBase kb) {
        if (paths.isEmpty() && Main.stdinHasInput(commandLine)) {
            paths = List.of("-"); // as grep and jq do: no path, and something is piped in
        } else if (paths.isEmpty() && Main.stdinPiped(commandLine)) {
            throw new NoInputException("no input: no PATH was given and standard input is empty (give directories, files, or - with documents piped in)");
        }
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "no input: give directories, text files, or - for standard input");
        }
        List<CountryCode> codes;
        try {
            codes = Countries.validated(countries, kb);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--countries: " + e.getMessage());
        }
        if (maxDocumentBytes < 1) {
            throw new CommandLine.ParameterException(commandLine, "--max-doc-bytes must be positive");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be between 1 and 256");
        }
        stanceCueFiles.forEach(file -> requireReadable(commandLine, "--stance-cues", file));
        if (nameModel != null) {
            requireReadable(commandLine, "--name-model", nameModel);
        }
        alignmentFiles.forEach(file -> requireReadable(commandLine, "--alignments", file));
        StanceModelChoice model = stanceModel == null ? StanceModelChoice.BUNDLED : StanceModelChoice.parse(stanceModel);
        if (model.file() != null) {
            requireReadable(commandLine, "--stance-model", model.file());
        }
        return new AnalysisSettings(List.copyOf(codes), maxDocumentBytes, n, actorFiles, stanceCueFiles, nameModel, alignmentFiles, model,
                Set.copyOf(voices));
    }

    /** A data file the user named must be there and readable; if not, the error says why, as the shell would. */
    private static void requireReadable(CommandLine commandLine, String option, Path file) {
        String reason = !Files.exists(file) ? "no such file or directory"
                : Files.isDirectory(file) ? "is a directory" : !Files.isReadable(file) ? "permission denied" : null;
        if (reason != null) {
            throw new CommandLine.ParameterException(commandLine, option + ": " + file + ": " + reason);
        }
    }
}
