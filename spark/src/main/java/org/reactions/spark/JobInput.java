package org.reactions.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.reactions.corpus.CorpusListing;
import org.reactions.corpus.InputFormat;

/**
 * Lists the documents of a job on the driver: the text files and web pages of a directory or glob on any Hadoop file
 * system (the extensions of the core's {@link InputFormat}), in the order and with the ids and
 * formats the command line gives them, or the rows of a Parquet or JSON Lines
 * dataset with {@code id}, {@code text} and an optional {@code date} column, in the dataset's order.
 */
final class JobInput {
    private static final int TASKS_PER_CORE = 3;

    private JobInput() {
    }

    static JavaRDD<InputDocument> documents(SparkSession spark, JobArguments args) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        JobArguments.InputFormat format = args.inputFormat() == JobArguments.InputFormat.AUTO ? detect(args.input(), conf)
                : args.inputFormat();
        if (format == JobArguments.InputFormat.TEXT) {
            List<InputDocument> files = textFiles(args.input(), conf);
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            // a few tasks per core by default, so that a core that drew long documents is not left working alone
            int slices = args.partitions() > 0 ? args.partitions() : TASKS_PER_CORE * sc.defaultParallelism();
            return sc.parallelize(files, Math.max(1, Math.min(slices, files.size())));
        }
        Dataset<Row> rows = format == JobArguments.InputFormat.PARQUET ? spark.read().parquet(args.input()) : spark.read().json(args.input());
        return rows(rows, args.input());
    }

    /** Parquet or JSON Lines by the path's extension or, for a directory, by the files it holds; text otherwise. */
    static JobArguments.InputFormat detect(String input, Configuration conf) throws IOException {
        JobArguments.InputFormat byName = byExtension(input);
        if (byName != null) {
            return byName;
        }
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches != null && matches.length == 1 && matches[0].isDirectory()) {
            for (FileStatus child : fs.listStatus(matches[0].getPath())) {
                JobArguments.InputFormat format = byExtension(child.getPath().getName());
                if (format != null) {
                    return format;
                }
            }
        }
        return JobArguments.InputFormat.TEXT;
    }

    private static JobArguments.InputFormat byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet")) {
            return JobArguments.InputFormat.PARQUET;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")) {
            return JobArguments.InputFormat.JSON;
        }
        return null;
    }

    /** Each match of the glob in turn: a directory stands for its .txt files sorted by name, a file for itself. */
    static List<InputDocument> textFiles(String input, Configuration conf) throws IOException {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(pattern);
        List<InputDocument> documents = new ArrayList<>();
        Map<String, Integer> idUses = new HashMap<>();
        for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
            if (match.isDirectory()) {
                for (Map.Entry<String, FileStatus> file : textFilesBelow(fs, match.getPath()).entrySet()) {
                    String id = CorpusListing.uniqueId(CorpusListing.idOfRelative(file.getKey()), idUses);
                    FileStatus status = file.getValue();
                    InputFormat format = InputFormat.ofFileName(file.getKey());
                    documents.add(InputDocument.file(documents.size(), id, status.getPath().toString(), status.getLen(),
                            notAFeed(format, status.getPath())));
                }
            } else {
                String name = match.getPath().getName();
                String id = CorpusListing.uniqueId(CorpusListing.idOf(java.nio.file.Path.of(name)), idUses);
                InputFormat named = InputFormat.ofFileName(name);
                documents.add(InputDocument.file(documents.size(), id, match.getPath().toString(), match.getLen(),
                        named == null ? InputFormat.TEXT : notAFeed(named, match.getPath())));
            }
        }
        return documents;
    }

    /** A feed holds many articles, which the job does not read from a list of files: a usage error, not a skip. */
    private static InputFormat notAFeed(InputFormat format, Path path) {
        if (format.isFeed()) {
            throw new UsageException("--input: " + path + " is a feed, which the job reads only as a JSON Lines dataset "
                    + "(--input-format json, with id, text and date fields)");
        }
        return format;
    }

    /**
     * The files of a directory and its subdirectories that the command line reads (by the core's extensions, any
     * case), by their path below it, in the command line's order (sorted by that path; hidden files and directories
     * left out).
     */
    static java.util.TreeMap<String, FileStatus> textFilesBelow(FileSystem fs, Path directory) throws IOException {
        java.util.TreeMap<String, FileStatus> files = new java.util.TreeMap<>();
        String root = directory.toUri().getPath();
        org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> found = fs.listFiles(directory, true);
        while (found.hasNext()) {
            FileStatus file = found.next();
            String below = file.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/", "");
            boolean hidden = Arrays.stream(below.split("/")).anyMatch(part -> part.startsWith("."));
            if (!hidden && InputFormat.ofFileName(below) != null) {
                files.put(below, file);
            }
        }
        return files;
    }

    private static JavaRDD<InputDocument> rows(Dataset<Row> rows, String input) {
        List<String> columns = Arrays.asList(rows.columns());
        for (String required : List.of("id", "text")) {
            if (!columns.contains(required)) {
                throw new UsageException("--input: " + input + " has no '" + required + "' column (a dataset needs id, text and optionally date)");
            }
        }
        Column date = columns.contains("date") ? functions.col("date").cast("string") : functions.lit(null).cast("string");
        Dataset<Row> selected = rows.select(functions.col("id").cast("string"), functions.col("text").cast("string"), date);
        return selected.javaRDD().zipWithIndex().map(pair -> {
            Row row = pair._1();
            long index = pair._2();
            String id = row.isNullAt(0) ? "row" + (index + 1) : row.getString(0);
            String path = input + "#" + (index + 1); // where the row is: the dataset and the row's number
            return InputDocument.row(index, id, path, row.isNullAt(1) ? null : row.getString(1), row.isNullAt(2) ? null : row.getString(2));
        });
    }
}
