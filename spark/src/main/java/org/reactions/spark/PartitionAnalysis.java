package org.reactions.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.reactions.corpus.DocumentReader;
import org.reactions.corpus.DocumentSource;
import org.reactions.corpus.SourceDocument;
import org.reactions.corpus.UnreadableDocumentException;
import org.reactions.pipeline.Analyzer;
import org.reactions.render.JsonFormat;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.SummaryAccumulator;

/**
 * Analyses the documents of one partition on an executor, one at a time as Spark pulls them (memory does not grow
 * with the partition), with the JVM's shared analyser; a document that cannot be read or analysed becomes a failed
 * document, never a failed task. After the last document comes the partition's summary.
 */
final class PartitionAnalysis implements FlatMapFunction<Iterator<InputDocument>, PartitionOutput> {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private final JobSettings settings;
    private final Broadcast<SerializableWritable<Configuration>> hadoopConf;

    PartitionAnalysis(JobSettings settings, Broadcast<SerializableWritable<Configuration>> hadoopConf) {
        this.settings = settings;
        this.hadoopConf = hadoopConf;
    }

    @Override
    public Iterator<PartitionOutput> call(Iterator<InputDocument> documents) {
        Analyzer analyzer = ExecutorAnalyzers.forSettings(settings);
        SummaryAccumulator summary = new SummaryAccumulator(settings.countries());
        return new Iterator<>() {
            private boolean summarized;

            @Override
            public boolean hasNext() {
                return documents.hasNext() || !summarized;
            }

            @Override
            public PartitionOutput next() {
                if (documents.hasNext()) {
                    DocumentResult result = analyze(analyzer, documents.next());
                    summary.add(result.index(), result.failed(), result.statements(), result.date());
                    return PartitionOutput.of(output(result));
                }
                if (summarized) {
                    throw new NoSuchElementException();
                }
                summarized = true;
                return PartitionOutput.of(summary);
            }
        };
    }

    private DocumentResult analyze(Analyzer analyzer, InputDocument input) {
        int index = Math.toIntExact(input.index());
        try {
            return analyzer.analyze(index, read(input));
        } catch (UnreadableDocumentException e) {
            return DocumentResult.failure(index, input.id(), input.path(), e.getMessage());
        }
    }

    /** The document's text, read with the core's rules whether it comes from a file or a row. */
    private SourceDocument read(InputDocument input) throws UnreadableDocumentException {
        DocumentReader reader = new DocumentReader(settings.maxDocumentBytes(), InputStream.nullInputStream());
        DocumentSource source = new DocumentSource(input.id(), input.path());
        if (input.isFile()) {
            reader.checkSize(input.bytes());
            return reader.read(source, fetch(new Path(input.path())));
        }
        if (input.text() == null) {
            throw new UnreadableDocumentException("row has no text");
        }
        SourceDocument document = reader.read(source, input.text().getBytes(StandardCharsets.UTF_8));
        return input.date() == null ? document : withDate(document, input.date());
    }

    /** At most one byte over the cap, so that a file that grew since it was listed is still caught. */
    private byte[] fetch(Path path) throws UnreadableDocumentException {
        try (FSDataInputStream in = path.getFileSystem(hadoopConf.value().value()).open(path)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.maxDocumentBytes() + 1));
        } catch (IOException e) {
            throw new UnreadableDocumentException(DocumentReader.reason(e));
        }
    }

    /** A row's date column wins over a date line in its text. */
    private static SourceDocument withDate(SourceDocument document, String date) {
        List<String> warnings = new ArrayList<>(document.warnings());
        LocalDate parsed = document.date();
        try {
            parsed = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeException e) {
            warnings.add("date column '" + date + "' is not a valid date; ignored");
        }
        return new SourceDocument(document.id(), document.path(), document.text(), parsed, document.bodyStart(), warnings);
    }

    private static DocumentOutput output(DocumentResult result) {
        List<String> statements = new ArrayList<>();
        for (LabeledStatement s : result.statements()) {
            // the job does not group syndicated copies across documents (see README): each report is its own claim
            statements.add(json(g -> JsonFormat.statement(g, s, s.id())));
        }
        List<String> messages = new ArrayList<>();
        if (result.failed()) {
            messages.add(result.path() + ": " + result.error());
        }
        for (String warning : result.warnings()) {
            messages.add(result.path() + ": warning: " + warning);
        }
        return new DocumentOutput(result.index(), json(g -> JsonFormat.document(g, result)), statements, result.failed(), messages);
    }

    /** Writes one JSON value. */
    private interface JsonValue {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String json(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            value.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
