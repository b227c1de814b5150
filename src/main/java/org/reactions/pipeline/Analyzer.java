package org.reactions.pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reactions.corpus.DateRange;
import org.reactions.corpus.DocumentReader;
import org.reactions.corpus.DocumentSource;
import org.reactions.corpus.PendingDocument;
import org.reactions.corpus.SourceDocument;
import org.reactions.corpus.UnreadableDocumentException;
import org.reactions.entities.Actor;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.EntityRecognizer;
import org.reactions.entities.Mention;
import org.reactions.entities.NameModel;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.NlpModels;
import org.reactions.nlp.TextAnalyzer;
import org.reactions.stance.LabeledStatement;
import org.reactions.stance.StanceLabeler;
import org.reactions.stance.StanceModel;
import org.reactions.stance.StanceObservation;
import org.reactions.stance.learned.SenseTable;
import org.reactions.statements.Statement;
import org.reactions.statements.attribution.StatementExtractor;
import org.reactions.summary.DocumentResult;

/**
 * The whole pipeline, corpus → nlp → entities → statements → stance, for any number of documents. Thread-safe:
 * the models and knowledge are shared; each thread gets its own OpenNLP taggers.
 */
public final class Analyzer {
    private final AnalysisSettings settings;
    private final Knowledge knowledge;
    private final EntityRecognizer recognizer;
    private final StatementExtractor extractor;
    private final StanceLabeler labeler;
    private final ThreadLocal<TextAnalyzer> analyzers;
    private final LinkedHashSet<CountryCode> countries;

    /** An analyzer with the knowledge its settings name (the bundled files and the user's) and the bundled models. */
    public Analyzer(AnalysisSettings settings) {
        this(settings, Knowledge.load(settings), NlpModels.fromClasspath());
    }

    /**
     * With knowledge loaded for these settings and models whose loading the caller started earlier (loading
     * overlaps with reading the knowledge).
     */
    public Analyzer(AnalysisSettings settings, Knowledge knowledge, NlpModels models) {
        this(settings, knowledge, models, null);
    }

    /**
     * An analyzer whose stance stage reads the features of statements with these senses, for training: it labels
     * by the rules alone, whatever the settings say.
     *
     * @throws IllegalArgumentException when the knowledge was loaded with other user files than the settings name
     */
    public Analyzer(AnalysisSettings settings, Knowledge knowledge, NlpModels models, SenseTable observedSenses) {
        if (!knowledge.loadedFor(settings)) {
            throw new IllegalArgumentException("the knowledge was not loaded with the user files of these settings");
        }
        this.settings = settings;
        this.knowledge = knowledge;
        knowledge.actors().loadArchive(); // consulted at the first name the knowledge base does not know
        StanceModelChoice choice = settings.stanceModel();
        // the stance model is read while the rest is built (and the tokenizer model loads)
        CompletableFuture<StanceModel> model = observedSenses != null || choice.rulesOnly() ? null
                : CompletableFuture.supplyAsync(() -> choice.file() == null ? StanceModel.bundled(knowledge.labels())
                        : StanceModel.load(choice.file(), knowledge.labels()));
        this.analyzers = ThreadLocal.withInitial(models::newAnalyzer);
        this.recognizer = new EntityRecognizer(knowledge.actors(), knowledge.functionWords(), models.tokenizer(),
                settings.nameModel() == null ? null : NameModel.load(settings.nameModel()));
        this.extractor = new StatementExtractor(knowledge.speech(), knowledge.clauses(), knowledge.functionWords());
        if (observedSenses != null) {
            this.labeler = new StanceLabeler(knowledge.stance(), knowledge.clauses(), observedSenses);
        } else if (model == null) {
            this.labeler = new StanceLabeler(knowledge.stance(), knowledge.clauses(), SenseTable.empty());
        } else {
            this.labeler = new StanceLabeler(knowledge.stance(), knowledge.clauses(), loaded(model));
        }
        this.countries = new LinkedHashSet<>(settings.countries());
    }

    private static StanceModel loaded(CompletableFuture<StanceModel> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e; // a KnowledgeException names the file
        }
    }

    /**
     * What the stance stage reads in the statements of a document (in one part, whatever its size), for training:
     * the statements found, of every country, go to {@code choose}, which may keep, drop or add statements.
     */
    public List<StanceObservation> observe(SourceDocument document, StatementChoice choose) {
        AnnotatedDocument annotated = analyzers.get().analyze(document, 0, document.text().length(), tokens -> true);
        DocumentEntities entities = recognizer.recognize(annotated);
        StanceLabeler.DocumentLabeler stance = labeler.forDocument(annotated, entities);
        return choose.choose(annotated, extractor.extract(annotated, entities)).stream().map(stance::observe).toList();
    }

    /** Which statements of a document to observe, given those the statement stage found. */
    @FunctionalInterface
    public interface StatementChoice {
        List<Statement> choose(AnnotatedDocument document, List<Statement> found);
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** What the stages know, loaded once for the run. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** Analyses one document; problems with the document become its error, never an exception. */
    public DocumentResult analyze(int index, DocumentSource source, InputStream stdin) {
        SourceDocument document;
        try {
            document = new DocumentReader(settings.maxDocumentBytes(), knowledge.boilerplate(), stdin).read(source);
        } catch (UnreadableDocumentException e) {
            return DocumentResult.failure(index, source.id(), source.path(), e.getMessage());
        }
        return analyze(index, document);
    }

    /** Analyses a document already read (from a file, or built in memory by a caller of the library). */
    public DocumentResult analyze(int index, SourceDocument document) {
        return analyze(index, document, DocumentParts.PART_CHARS);
    }

    /** Analyses a document in parts of about {@code partChars} characters (small ones in tests of the parts). */
    DocumentResult analyze(int index, SourceDocument document, int partChars) {
        try {
            List<LabeledStatement> labeled = new ArrayList<>();
            Map<Actor, Integer> actors = new LinkedHashMap<>();
            int sentences = 0;
            int tokens = 0;
            long steps = 0;
            for (int[] part : DocumentParts.of(document.text(), document.bodyStart(), partChars)) {
                AnnotatedDocument annotated = analyzers.get().analyze(document, part[0], part[1], extractor.lexicon()::mayHoldStatement);
                DocumentEntities entities = recognizer.recognize(annotated);
                StanceLabeler.DocumentLabeler stance = labeler.forDocument(annotated, entities);
                List<Statement> statements = extractor.extract(annotated, entities);
                for (Statement statement : statements) {
                    if (countries.contains(statement.country()) && settings.voices().contains(statement.voice())) {
                        labeled.add(stance.label(statement).inLongerDocument(sentences));
                    }
                }
                mentionCounts(entities).forEach((actor, n) -> actors.merge(actor, n, Integer::sum));
                sentences += annotated.sentences().size();
                tokens += annotated.tokenCount();
                steps += annotated.work().steps();
            }
            return new DocumentResult(index, document.id(), document.path(), document.date(), sentences, tokens, steps, labeled, null,
                    document.warnings(), actors, document.metadata());
        } catch (OutOfMemoryError e) {
            return DocumentResult.failure(index, document.id(), document.path(), "not enough memory to analyse this document");
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.failure(index, document.id(), document.path(), "internal error while analysing: " + e);
        }
    }

    private static Map<Actor, Integer> mentionCounts(DocumentEntities entities) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (List<Mention> sentence : entities.mentions()) {
            for (Mention m : sentence) {
                if (m.actor() != null) {
                    counts.merge(m.actor(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Analyses documents on {@code settings.threads()} threads as a corpus reader hands them over (a feed's articles
     * are read as the workers need them) and hands the results over in input order, leaving out documents dated
     * outside a range.
     *
     * @return how many documents were left out for their date
     */
    public int analyzeAll(Iterator<PendingDocument> documents, DateRange dates, Consumer<DocumentResult> inOrder) {
        int[] index = {0};
        int[] outOfRange = {0};
        Iterator<Supplier<DocumentResult>> tasks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Supplier<DocumentResult> next() {
                PendingDocument pending = documents.next();
                int i = index[0]++;
                return () -> analyze(i, pending, dates);
            }
        };
        new ParallelRun(settings.threads()).<DocumentResult>run(tasks, result -> {
            if (result == null) {
                outOfRange[0]++;
            } else {
                inOrder.accept(result);
            }
        });
        return outOfRange[0];
    }

    /** Reads and analyses a document; null when its date is out of range. */
    private DocumentResult analyze(int index, PendingDocument pending, DateRange dates) {
        SourceDocument document;
        try {
            document = pending.read();
        } catch (UnreadableDocumentException e) {
            return DocumentResult.failure(index, pending.id(), pending.path(), e.getMessage());
        }
        return dates.contains(document.date()) ? analyze(index, document) : null;
    }

    /** Analyses documents on {@code settings.threads()} threads and hands the results over in input order. */
    public void analyzeAll(List<DocumentSource> sources, InputStream stdin, Consumer<DocumentResult> inOrder) {
        new ParallelRun(settings.threads()).run(sources.size(), i -> analyze(i, sources.get(i), stdin), inOrder);
    }
}
