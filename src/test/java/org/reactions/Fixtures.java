package org.reactions;

import java.util.List;
import org.reactions.corpus.SourceDocument;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.EntityRecognizer;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.NlpModels;
import org.reactions.nlp.TextAnalyzer;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.pipeline.Knowledge;
import org.reactions.pipeline.StanceModelChoice;
import org.reactions.stance.LabeledStatement;
import org.reactions.stance.StanceLabeler;
import org.reactions.statements.Statement;
import org.reactions.statements.attribution.StatementExtractor;
import org.reactions.summary.DocumentResult;

/** The real pipeline, loaded once for all tests (models and knowledge take half a second). */
public final class Fixtures {
    public static final List<CountryCode> COUNTRIES = List.of(CountryCode.of("RU"), CountryCode.of("CN"), CountryCode.of("IR"));
    public static final NlpModels MODELS = NlpModels.fromClasspath();
    /** the bundled knowledge, loaded once as a run loads it */
    public static final Knowledge KNOWLEDGE = Knowledge.bundled();
    public static final ActorKnowledgeBase KB = KNOWLEDGE.actors();
    private static final TextAnalyzer TOKENIZER = MODELS.newAnalyzer();
    public static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KB, KNOWLEDGE.functionWords(), Fixtures::tokenize);
    public static final StatementExtractor EXTRACTOR = new StatementExtractor(KNOWLEDGE.speech(), KNOWLEDGE.clauses(), KNOWLEDGE.functionWords());
    public static final StanceLabeler LABELER = new StanceLabeler(KNOWLEDGE.stance(), KNOWLEDGE.clauses(), org.reactions.stance.learned.SenseTable.empty());
    /** the whole pipeline as a run has it, with the bundled stance model */
    public static final Analyzer ANALYZER = new Analyzer(new AnalysisSettings(COUNTRIES, 20_000_000, 1, List.of(), List.of(), null), KNOWLEDGE, MODELS);
    /** the pipeline with the stance rules alone, for the tests of the rules */
    public static final Analyzer RULES = new Analyzer(AnalysisSettings.builder().countries(COUNTRIES).stanceModel(StanceModelChoice.RULES_ONLY).build(),
            KNOWLEDGE, MODELS);
    private static final ThreadLocal<TextAnalyzer> ANALYZERS = ThreadLocal.withInitial(MODELS::newAnalyzer);

    private Fixtures() {
    }

    private static synchronized String[] tokenize(String phrase) {
        return TOKENIZER.tokenize(phrase);
    }

    public static SourceDocument document(String text) {
        return new SourceDocument("doc", "doc.txt", text, null, 0, List.of());
    }

    /** Every sentence tagged, as if every one could hold a statement. */
    public static AnnotatedDocument annotate(String text) {
        return annotate(document(text));
    }

    /** A document, every sentence tagged. */
    public static AnnotatedDocument annotate(SourceDocument document) {
        return ANALYZERS.get().analyze(document, tokens -> true);
    }

    public static DocumentEntities entities(String text) {
        return RECOGNIZER.recognize(annotate(text));
    }

    public static List<Statement> statements(String text) {
        AnnotatedDocument document = annotate(text);
        return EXTRACTOR.extract(document, RECOGNIZER.recognize(document), java.util.Set.copyOf(COUNTRIES));
    }

    /** The speakers of a text's statements, each as "name/country". */
    public static List<String> speakers(String text) {
        return statements(text).stream().map(s -> s.speaker().name() + "/" + s.country()).toList();
    }

    /** The statements of a text, labelled by the stance rules alone. */
    public static List<LabeledStatement> labeled(String text) {
        return analyzed(RULES, text);
    }

    /** The statements of a text, labelled by the bundled stance model on top of the rules. */
    public static List<LabeledStatement> decided(String text) {
        return analyzed(ANALYZER, text);
    }

    private static List<LabeledStatement> analyzed(Analyzer analyzer, String text) {
        DocumentResult result = analyzer.analyze(0, document(text));
        if (result.failed()) {
            throw new AssertionError(result.error());
        }
        return result.statements();
    }
}
