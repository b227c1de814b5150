package org.reactions.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.reactions.render.JsonReportWriter;
import org.reactions.summary.RunSummary;

/**
 * Writes what a job found under its output directory: {@code statements.jsonl} and {@code documents.jsonl} (one JSON
 * object a line, the objects of the JSON contract's {@code statements[]} and {@code documents[]}), the same as
 * {@code statements.parquet} and {@code documents.parquet}, and {@code summary.json}, the report that
 * {@code reactions summarize --format json} prints.
 */
final class JobOutput {
    /** The columns of {@code statements[]}, from the contract's field list, and of {@code documents[]}, as its schema has them. */
    static final StructType STATEMENT = StatementColumns.STRUCT;
    static final StructType DOCUMENT = ContractSchema.of("document");

    private final SparkSession spark;
    private final Path directory;

    JobOutput(SparkSession spark, String directory) {
        this.spark = spark;
        this.directory = new Path(directory);
    }

    /** Refuses a directory that exists, before any work is done. */
    void checkNew() throws IOException {
        if (directory.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(directory)) {
            throw new UsageException("--output: " + directory + " already exists; give a directory that does not");
        }
    }

    /** Statements and documents as JSON Lines and Parquet, written by the executors. */
    void writeTables(JavaRDD<DocumentOutput> documents) {
        write("statements", documents.flatMap(d -> d.statements().iterator()), STATEMENT);
        write("documents", documents.map(DocumentOutput::document), DOCUMENT);
    }

    private void write(String name, JavaRDD<String> json, StructType schema) {
        Dataset<String> lines = spark.createDataset(json.rdd(), Encoders.STRING());
        lines.write().text(new Path(directory, name + ".jsonl").toString());
        spark.read().schema(schema).json(lines).write().parquet(new Path(directory, name + ".parquet").toString());
    }

    /**
     * The report of {@code summarize --format json}: the counts from the merged accumulators, and the statements and
     * documents streamed in run order, one partition at a time, through the core's writer. Each document's stderr
     * lines are printed as it passes.
     */
    void writeReport(Iterator<DocumentOutput> inOrder, RunSummary summary, PrintStream err) throws IOException {
        FileSystem fs = directory.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (Writer out = new OutputStreamWriter(fs.create(new Path(directory, "summary.json"), false), StandardCharsets.UTF_8);
             JsonReportWriter report = new JsonReportWriter(out)) {
            while (inOrder.hasNext()) {
                DocumentOutput document = inOrder.next();
                document.messages().forEach(message -> err.println(ReactionsJob.SAY.line(message)));
                report.document(document.document(), document.statements());
            }
            report.finish(summary);
        }
    }
}
