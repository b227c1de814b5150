package org.reactions.spark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.corpus.DateRange;
import org.reactions.corpus.FeedFields;
import org.reactions.knowledge.CountryCode;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Countries;
import org.reactions.pipeline.Counting;
import org.reactions.pipeline.OptionWords;
import org.reactions.statements.Voice;

/**
 * The job's command line: {@code --input PATH --output DIR [--countries RU,CN,IR] [--actors FILE]... [--stance-cues FILE]...
 * [--input-format auto|text|parquet|json] [--partitions N] [--max-doc-bytes BYTES] [--voices official,source,reported]
 * [--count claims|reports] [--field FIELD=NAME,...]... [--since YYYY-MM-DD] [--until YYYY-MM-DD]}. The values the command
 * line's options share are read by the same code as the command line's, with the same messages.
 *
 * @param input          a directory or glob of .txt files, or a Parquet or JSON Lines dataset, on any Hadoop file system
 * @param output         the directory the results go to; it must not exist
 * @param countries      the countries as the user typed them (checked against the knowledge base later)
 * @param actorFiles     user actor files (any Hadoop file system), shipped to the executors
 * @param stanceCueFiles user stance-cue files, likewise
 * @param inputFormat    how to read the input
 * @param partitions     how many partitions to cut a list of text files into, or 0 for three per core of Spark's default parallelism
 * @param maxDocumentBytes documents larger than this are failed documents
 * @param voices         the voices whose statements count, as the command line's --voices (official only by default)
 * @param count          what stance labels and highlights count, as the command line's --count (each claim once by default)
 * @param feedFields     the names of a feed's fields, as the command line's --field
 * @param dates          the days of --since and --until: documents dated outside them are left out
 */
record JobArguments(String input, String output, List<String> countries, List<String> actorFiles, List<String> stanceCueFiles,
                    InputFormat inputFormat, int partitions, long maxDocumentBytes, Set<Voice> voices, Counting count,
                    FeedFields feedFields, DateRange dates) {
    static final String USAGE = "usage: ReactionsJob --input PATH --output DIR [--countries RU,CN,IR] [--actors FILE]... "
            + "[--stance-cues FILE]... [--input-format auto|text|parquet|json] [--partitions N] [--max-doc-bytes BYTES] "
            + "[--voices official,source,reported] [--count claims|reports] [--field FIELD=NAME,...]... [--since YYYY-MM-DD] "
            + "[--until YYYY-MM-DD]";

    /** How the input is read; {@code AUTO} goes by the name of the path and what a directory holds. */
    enum InputFormat { AUTO, TEXT, PARQUET, JSON }

    static JobArguments parse(String... args) {
        String input = null;
        String output = null;
        List<String> countries = Countries.defaults().stream().map(CountryCode::value).toList();
        List<String> actorFiles = new ArrayList<>();
        List<String> stanceCueFiles = new ArrayList<>();
        InputFormat format = InputFormat.AUTO;
        int partitions = 0;
        long maxBytes = AnalysisSettings.DEFAULT_MAX_DOCUMENT_BYTES;
        Set<Voice> voices = AnalysisSettings.DEFAULT_VOICES;
        Counting count = Counting.CLAIMS;
        List<String> feedFields = new ArrayList<>();
        String since = null;
        String until = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected argument '" + option + "'");
            }
            String value = args[++i];
            switch (option) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--countries" -> countries = List.of(value.split(","));
                case "--actors" -> actorFiles.add(value);
                case "--stance-cues" -> stanceCueFiles.add(value);
                case "--input-format" -> format = inputFormat(value);
                case "--partitions" -> partitions = positive(option, value);
                case "--max-doc-bytes" -> maxBytes = positive(option, value);
                case "--voices" -> voices = voices(value);
                case "--count" -> count = word(option, Counting.class, value);
                case "--field" -> feedFields.addAll(List.of(value.split(",")));
                case "--since" -> since = value;
                case "--until" -> until = value;
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        if (input == null || output == null) {
            throw new UsageException("--input and --output are required");
        }
        try {
            return new JobArguments(input, output, countries, actorFiles, stanceCueFiles, format, partitions, maxBytes, voices, count,
                    FeedFields.DEFAULT.withAssigned(feedFields), DateRange.parse(since, until));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static InputFormat inputFormat(String value) {
        try {
            return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--input-format must be auto, text, parquet or json, not '" + value + "'");
        }
    }

    /** The voices of a comma-separated list of their names, in any case, as the command line reads them. */
    private static Set<Voice> voices(String value) {
        Set<Voice> voices = EnumSet.noneOf(Voice.class);
        for (String word : value.split(",")) {
            voices.add(word("--voices", Voice.class, word));
        }
        return voices;
    }

    /** A word of an option whose values are words, read by the library as the command line reads it. */
    private static <E extends Enum<E>> E word(String option, Class<E> type, String value) {
        try {
            return OptionWords.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number, not '" + value + "'");
    }
}
