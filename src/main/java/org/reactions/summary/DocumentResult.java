package org.reactions.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reactions.corpus.DocumentMetadata;
import org.reactions.entities.Actor;
import org.reactions.stance.LabeledStatement;

/**
 * What the analysis of one document produced: its statements, or the reason it could not be analysed.
 *
 * @param index      position of the document in the run, from 0
 * @param id         document id
 * @param path       path as given
 * @param date       date from its date line, or null
 * @param sentences  number of sentences
 * @param tokens     number of tokens
 * @param steps      the tokens the stages visited ({@code nlp.Work}): a measure of the analysis's work, not output
 * @param statements its statements, in text order
 * @param error      why it could not be analysed, or null
 * @param warnings   problems that did not stop the analysis
 * @param actors     how often each actor is named (pronouns and role nouns not counted)
 * @param metadata   title, outlet and URL of a web page or a feed's article
 * @param claims     the claim of each statement, by statement id, once the run has found them (see ClaimIndex)
 */
public record DocumentResult(int index, String id, String path, LocalDate date, int sentences, int tokens, long steps,
                             List<LabeledStatement> statements, String error, List<String> warnings, Map<Actor, Integer> actors,
                             DocumentMetadata metadata, Map<String, String> claims) {
    public DocumentResult {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        actors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actors));
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
        claims = Map.copyOf(claims);
    }

    /** A result whose claims are not known yet. */
    public DocumentResult(int index, String id, String path, LocalDate date, int sentences, int tokens, long steps,
                          List<LabeledStatement> statements, String error, List<String> warnings, Map<Actor, Integer> actors,
                          DocumentMetadata metadata) {
        this(index, id, path, date, sentences, tokens, steps, statements, error, warnings, actors, metadata, Map.of());
    }

    /** The same document showing only some statements. */
    public DocumentResult withStatements(List<LabeledStatement> kept) {
        return new DocumentResult(index, id, path, date, sentences, tokens, steps, kept, error, warnings, actors, metadata, claims);
    }

    /** The same document with the claims of its statements. */
    public DocumentResult withClaims(Map<String, String> statementClaims) {
        return new DocumentResult(index, id, path, date, sentences, tokens, steps, statements, error, warnings, actors, metadata,
                statementClaims);
    }

    /** The claim of one of its statements, or null when claims are not known. */
    public String claimOf(LabeledStatement statement) {
        return claims.get(statement.id());
    }

    public boolean failed() {
        return error != null;
    }

    /** A document that could not be analysed, and why. */
    public static DocumentResult failure(int index, String id, String path, String error) {
        return new DocumentResult(index, id, path, null, 0, 0, 0, List.of(), error, List.of(), Map.of(), DocumentMetadata.NONE);
    }
}
