package org.reactions.spark;

import java.io.IOException;
import java.io.InputStream;
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
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.CorpusReader;
import org.reactions.corpus.HtmlBoilerplate;
import org.reactions.corpus.DocumentSource;
import org.reactions.corpus.PendingDocument;
import org.reactions.corpus.UnreadableDocumentException;
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

    static JavaRDD<InputDocument> documents(SparkSession spark, JobArguments args, HtmlBoilerplate boilerplate) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        JobArguments.InputFormat format = args.inputFormat() == JobArguments.InputFormat.AUTO ? detect(args.input(), conf)
                : args.inputFormat();
        if (format == JobArguments.InputFormat.TEXT) {
            List<InputDocument> files = textFiles(args.input(), conf, new CorpusOptions(args.maxDocumentBytes(), InputFormat.TEXT,
                    args.feedFields(), boilerplate));
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            // a few tasks per core by default, so that a core that drew long documents is not left working alone
            int slices = args.partitions() > 0 ? args.partitions() : TASKS_PER_CORE * sc.defaultParallelism();
            return sc.parallelize(files, Math.max(1, Math.min(slices, files.size())));
        }
        Dataset<Row> rows = format == JobArguments.InputFormat.PARQUET ? spark.read().parquet(args.input()) : spark.read().json(args.input());
        return rows(rows, args.input());
    }

    /**
     * Parquet or JSON Lines by the path's extension; a directory is a Parquet dataset when it holds Parquet files, a
     * JSON Lines one when its files are all Spark's JSON part files ({@code part-*}); any other directory or glob is
     * read as the command line reads it (text, web pages, feeds).
     */
    static JobArguments.InputFormat detect(String input, Configuration conf) throws IOException {
        JobArguments.InputFormat byName = byExtension(input);
        if (byName != null) {
            return byName;
        }
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length != 1 || !matches[0].isDirectory()) {
            return JobArguments.InputFormat.TEXT;
        }
        boolean jsonParts = false;
        for (FileStatus child : fs.listStatus(matches[0].getPath())) {
            String name = child.getPath().getName();
            JobArguments.InputFormat format = byExtension(name);
            if (format == JobArguments.InputFormat.PARQUET) {
                return format;
            }
            if (!name.startsWith("_") && !name.startsWith(".")) {
                if (format != JobArguments.InputFormat.JSON || !name.startsWith("part-")) {
                    return JobArguments.InputFormat.TEXT;
                }
                jsonParts = true;
            }
        }
        return jsonParts ? JobArguments.InputFormat.JSON : JobArguments.InputFormat.TEXT;
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

    /**
     * Each match of the glob in turn: a directory stands for the files the command line reads in it, a file for
     * itself; a feed for its articles, read on the driver by the core's {@link CorpusReader} (ids made unique as the
     * command line makes them, its fields named as {@code --field} names them), and shipped with their text. Text files and web pages are read on the executors.
     */
    static List<InputDocument> textFiles(String input, Configuration conf, CorpusOptions options) throws IOException {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(pattern);
        List<DocumentSource> sources = new ArrayList<>();
        Map<String, WholeFile> wholeFiles = new HashMap<>();
        Map<String, Integer> idUses = new HashMap<>();
        for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
            if (match.isDirectory()) {
                for (Map.Entry<String, FileStatus> file : textFilesBelow(fs, match.getPath()).entrySet()) {
                    String id = CorpusListing.uniqueId(CorpusListing.idOfRelative(file.getKey()), idUses);
                    sources.add(listed(id, file.getValue(), InputFormat.ofFileName(file.getKey()), wholeFiles));
                }
            } else {
                String name = match.getPath().getName();
                String id = CorpusListing.uniqueId(CorpusListing.idOf(java.nio.file.Path.of(name)), idUses);
                InputFormat named = InputFormat.ofFileName(name);
                sources.add(listed(id, match, named == null ? InputFormat.TEXT : named, wholeFiles));
            }
        }
        List<InputDocument> documents = new ArrayList<>();
        CorpusReader.FeedOpener opener = path -> open(fs, path);
        try (CorpusReader reader = new CorpusReader(sources, options, InputStream.nullInputStream(), opener)) {
            while (reader.hasNext()) {
                PendingDocument pending = reader.next();
                WholeFile whole = wholeFiles.get(pending.path());
                documents.add(whole != null
                        ? InputDocument.file(documents.size(), pending.id(), pending.path(), whole.bytes(), whole.format())
                        : InputDocument.article(documents.size(), pending));
            }
        }
        return documents;
    }

    /** A text file or a web page, read whole on an executor. */
    private record WholeFile(long bytes, InputFormat format) {
    }

    /** The source of a listed file; a text file or web page is also kept among the whole files, by its path. */
    private static DocumentSource listed(String id, FileStatus file, InputFormat format, Map<String, WholeFile> wholeFiles) {
        String path = file.getPath().toString();
        if (!format.isFeed()) {
            wholeFiles.put(path, new WholeFile(file.getLen(), format));
        }
        return new DocumentSource(id, path, format);
    }

    private static InputStream open(FileSystem fs, String file) throws IOException, UnreadableDocumentException {
        Path path = new Path(file);
        if (fs.getFileStatus(path).isDirectory()) {
            throw new UnreadableDocumentException("is a directory");
        }
        return fs.open(path);
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
