package org.reactions.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.reactions.knowledge.KnowledgeException;

/**
 * A user's trained OpenNLP name-finder model. Apache publishes no English one, so the rules of {@link MentionFinder}
 * find names from the part-of-speech tags; a model, when given, marks the person names it finds, which then count
 * as names even where the tags or capitals say otherwise. Thread-safe: the model is shared, and every document gets
 * its own {@link NameFinderME}, whose memory of earlier names must not leak from one document into the next.
 */
public final class NameModel {
    /** span types that name people: OpenNLP's "person", the CoNLL "per", and the type of a model trained untyped */
    private static final Set<String> PERSON_TYPES = Set.of("person", "per", "default");

    private final TokenNameFinderModel model;

    public NameModel(TokenNameFinderModel model) {
        this.model = model;
    }

    /** Reads a model file written by OpenNLP ({@code TokenNameFinderModel.serialize}). */
    public static NameModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new KnowledgeException("cannot load name model " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        } catch (RuntimeException e) { // how OpenNLP fails on a file that is not a name-finder model
            throw new KnowledgeException("cannot load name model " + file + ": not an OpenNLP name-finder model");
        }
    }

    /** A finder for one document. */
    Finder forDocument() {
        return new Finder(new NameFinderME(model));
    }

    /** Finds the person names of one document's sentences, in order. */
    static final class Finder {
        private final NameFinderME finder;

        private Finder(NameFinderME finder) {
            this.finder = finder;
        }

        /** Which words of a sentence the model takes for part of a person's name. */
        boolean[] personWords(String[] words) {
            boolean[] person = new boolean[words.length];
            for (Span span : finder.find(words)) {
                if (span.getType() == null || PERSON_TYPES.contains(span.getType().toLowerCase(Locale.ROOT))) {
                    for (int i = span.getStart(); i < span.getEnd(); i++) {
                        person[i] = true;
                    }
                }
            }
            return person;
        }
    }
}
