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
import org.reactions.pipeline.RunMessages;
import org.reactions.render.JsonFormat;
import org.reactions.render.StatementFields;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentCounts;
import org.reactions.summary.DocumentResult;

/**
 * The job's first pass: analyses the documents of one partition on an executor, one at a time as Spark pulls them
 * (memory does not grow with the partition), with the JVM's shared analyser; a document that cannot be read or
 * analysed becomes a failed document, never a failed task. Each document leaves with its outputs, what the summary
 * counts of it, and its statements' claim keys; one dated outside {@code --since}/{@code --until} leaves as only that.
 */
final class PartitionAnalysis implements FlatMapFunction<Iterator<InputDocument>, AnalysedDocument> {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private final JobSettings settings;
    private final Broadcast<SerializableWritable<Configuration>> hadoopConf;

    PartitionAnalysis(JobSettings settings, Broadcast<SerializableWritable<Configuration>> hadoopConf) {
        this.settings = settings;
        this.hadoopConf = hadoopConf;
    }

    @Override
    public Iterator<AnalysedDocument> call(Iterator<InputDocument> documents) {
        Analyzer analyzer = ExecutorAnalyzers.forSettings(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public AnalysedDocument next() {
                InputDocument input = documents.next();
                DocumentResult result = analyze(analyzer, input);
                if (result == null) {
                    return AnalysedDocument.outOfRange(input.index());
                }
                // each its own claim until the driver has claimed the run's statements in input order (AnalysedDocument)
                List<StatementFields.Values> statements = result.statements().stream().map(s -> StatementFields.of(s, s.id())).toList();
                return new AnalysedDocument(result.index(), json(g -> JsonFormat.document(g, result)), statements, result.failed(),
                        RunMessages.of(result), DocumentCounts.of(result), result.statements().stream().map(ClaimIndex.Key::of).toList());
            }
        };
    }

    /** The document's analysis, or null when it is dated outside the job's days, as the command line leaves it out. */
    private DocumentResult analyze(Analyzer analyzer, InputDocument input) {
        int index = Math.toIntExact(input.index());
        try {
            SourceDocument document = read(input, analyzer);
            return settings.dates().contains(document.date()) ? analyzer.analyze(index, document) : null;
        } catch (UnreadableDocumentException e) {
            return DocumentResult.failure(index, input.id(), input.path(), e.getMessage());
        }
    }

    /** The document's text, read with the core's rules whether it comes from a file or a row. */
    private SourceDocument read(InputDocument input, Analyzer analyzer) throws UnreadableDocumentException {
        DocumentReader reader = new DocumentReader(settings.maxDocumentBytes(), analyzer.knowledge().boilerplate(), InputStream.nullInputStream());
        if (input.isArticle()) {
            if (input.article().document() == null) {
                throw new UnreadableDocumentException(input.article().error());
            }
            return input.article().document();
        }
        DocumentSource source = new DocumentSource(input.id(), input.path(), input.format());
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

    /** Writes one JSON value. */
    interface JsonValue {
        void write(JsonGenerator generator) throws IOException;
    }

    /** One JSON value in one line. */
    static String json(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            value.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
