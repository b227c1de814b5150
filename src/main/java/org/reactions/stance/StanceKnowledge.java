package org.reactions.stance;

import java.nio.file.Path;
import java.util.List;
import org.reactions.stance.vocabulary.CameoVerbs;
import org.reactions.stance.vocabulary.EvaluativeLexicon;

/**
 * Everything the stance stage knows before it reads a statement, loaded once per run: the labels, the cues and
 * partners ({@link StanceLexicon}, with the user's files), the CAMEO and evaluative tables, the words of hostile acts,
 * of other senses, and the word classes the learned model reads.
 */
public final class StanceKnowledge {
    private final StanceLexicon lexicon;
    private final HostileActs acts;
    private final OtherSenses otherSenses;
    private final EvaluativeLexicon evaluative;
    private final CameoVerbs cameo;
    private final ModelWords modelWords;

    private StanceKnowledge(StanceLexicon lexicon) {
        this.lexicon = lexicon;
        this.acts = HostileActs.bundled();
        this.otherSenses = OtherSenses.bundled();
        this.evaluative = EvaluativeLexicon.bundled();
        this.cameo = CameoVerbs.bundled(lexicon.labels().names());
        this.modelWords = ModelWords.bundled();
    }

    /** The bundled files, with the user's cue files (which add cues) and alignment files (which replace partners). */
    public static StanceKnowledge load(List<Path> userCueFiles, List<Path> userAlignmentFiles) {
        return new StanceKnowledge(StanceLexicon.load(Labels.bundled(), userCueFiles, userAlignmentFiles));
    }

    /** The bundled files alone. */
    public static StanceKnowledge bundled() {
        return load(List.of(), List.of());
    }

    public Labels labels() {
        return lexicon.labels();
    }

    public StanceLexicon lexicon() {
        return lexicon;
    }

    HostileActs acts() {
        return acts;
    }

    OtherSenses otherSenses() {
        return otherSenses;
    }

    EvaluativeLexicon evaluative() {
        return evaluative;
    }

    CameoVerbs cameo() {
        return cameo;
    }

    ModelWords modelWords() {
        return modelWords;
    }
}
