package org.reactions.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.reactions.corpus.HtmlBoilerplate;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.FunctionWords;
import org.reactions.stance.Labels;
import org.reactions.stance.StanceKnowledge;
import org.reactions.statements.SpeechLexicon;
import org.reactions.summary.StancePhrases;

/**
 * Everything the stages know before they read a document, loaded once per run from the bundled files under
 * {@code src/main/resources/reactions} and the user's files of the run's settings (--actors, --stance-cues,
 * --alignments), and handed to each stage as its part: the document readers the words of web pages' boilerplate, the
 * entity stage the knowledge base and the function words,
 * the statement stage the speech lexicon, the function words and the clause words, the stance stage its lexicons
 * and labels and the same clause words, the summary its phrases. Nothing is read again while the run goes on, and a
 * bad file stops the loading with a {@code KnowledgeException} whose one line names it.
 */
public final class Knowledge {
    private final HtmlBoilerplate boilerplate;
    private final ActorKnowledgeBase actors;
    private final FunctionWords functionWords;
    private final Clauses clauses;
    private final SpeechLexicon speech;
    private final StanceKnowledge stance;
    private final StancePhrases phrases;
    private final List<Path> stanceCueFiles;
    private final List<Path> alignmentFiles;

    private Knowledge(ActorKnowledgeBase actors, List<Path> stanceCueFiles, List<Path> alignmentFiles) {
        this.boilerplate = HtmlBoilerplate.bundled();
        this.actors = actors;
        this.functionWords = FunctionWords.bundled();
        this.clauses = Clauses.bundled(); // one negation service for statements and stance
        this.speech = SpeechLexicon.bundled();
        this.stance = StanceKnowledge.load(stanceCueFiles, alignmentFiles);
        this.phrases = StancePhrases.of(stance.labels());
        this.stanceCueFiles = List.copyOf(stanceCueFiles);
        this.alignmentFiles = List.copyOf(alignmentFiles);
    }

    /** The bundled knowledge with the user's files of these settings. */
    public static Knowledge load(AnalysisSettings settings) {
        return load(ActorKnowledgeBase.load(settings.actorFiles()), settings);
    }

    /**
     * The bundled knowledge with the user's files of these settings, around a knowledge base already loaded from
     * their actor files (a front end reads it first, to check the countries asked for against it).
     */
    public static Knowledge load(ActorKnowledgeBase actors, AnalysisSettings settings) {
        if (!actors.userActorFiles().equals(settings.actorFiles())) {
            throw new IllegalArgumentException("the knowledge base was loaded from " + actors.userActorFiles()
                    + ", the settings name the actor files " + settings.actorFiles());
        }
        return new Knowledge(actors, settings.stanceCueFiles(), settings.alignmentFiles());
    }

    /** The bundled knowledge alone. */
    public static Knowledge bundled() {
        return new Knowledge(ActorKnowledgeBase.bundled(), List.of(), List.of());
    }

    /** Whether it was loaded with the user's files these settings name. */
    boolean loadedFor(AnalysisSettings settings) {
        return actors.userActorFiles().equals(settings.actorFiles()) && stanceCueFiles.equals(settings.stanceCueFiles())
                && alignmentFiles.equals(settings.alignmentFiles());
    }

    /** What marks the boilerplate of a web page, for the document readers ({@code CorpusOptions}). */
    public HtmlBoilerplate boilerplate() {
        return boilerplate;
    }

    public ActorKnowledgeBase actors() {
        return actors;
    }

    public FunctionWords functionWords() {
        return functionWords;
    }

    public Clauses clauses() {
        return clauses;
    }

    public SpeechLexicon speech() {
        return speech;
    }

    public StanceKnowledge stance() {
        return stance;
    }

    /** The stance labels of labels.tsv, in order. */
    public Labels labels() {
        return stance.labels();
    }

    public StancePhrases phrases() {
        return phrases;
    }
}
