package org.reactions.statements.attribution;

import java.util.List;
import java.util.Set;
import org.reactions.entities.DocumentEntities;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.statements.SpeechLexicon;
import org.reactions.statements.Statement;

/**
 * Finds statements: direct quotations and reported speech, each credited to a speaker and the speaker's country.
 *
 * <p>A statement needs a cue (a speech verb, "according to", a colon before a quotation, a transcript turn, or a
 * quotation that goes on from the previous one) and a speaker, found by the first of the
 * {@linkplain AttributionRules#ORDER attribution rules} that decides. Speech that is negated ("has not spoken",
 * "refused to say") does not count, nor does speech reported inside what someone else said ("Analysts note that
 * Beijing criticised"). Only official voices of a country become statements.
 */
public final class StatementExtractor {
    private final SpeechLexicon speech;
    private final Grammar grammar;

    /**
     * @param clauses       the negation and clause service, shared with the stance stage
     * @param functionWords the closed-class words, shared with the entity stage
     */
    public StatementExtractor(SpeechLexicon speech, Clauses clauses, FunctionWords functionWords) {
        this.speech = speech;
        this.grammar = new Grammar(functionWords, clauses, speech);
    }

    public SpeechLexicon lexicon() {
        return speech;
    }

    /**
     * The statements of one document by official voices of any country, in text order, each numbered by where it
     * lies in the text ({@link Statement#ordinal()}), so that ids are stable.
     */
    public List<Statement> extract(AnnotatedDocument document, DocumentEntities entities) {
        return new DocumentReading(document, entities, grammar).statements();
    }

    /** Those of the given countries (numbered as {@link #extract(AnnotatedDocument, DocumentEntities)}). */
    public List<Statement> extract(AnnotatedDocument document, DocumentEntities entities, Set<CountryCode> countries) {
        return extract(document, entities).stream().filter(s -> countries.contains(s.country())).toList();
    }
}
