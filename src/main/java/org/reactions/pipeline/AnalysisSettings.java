package org.reactions.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.reactions.knowledge.CountryCode;
import org.reactions.statements.Voice;

/**
 * What a run analyses and how.
 *
 * @param countries        ISO codes of the countries whose official voices count, in the order of the report
 * @param maxDocumentBytes documents larger than this are skipped with an error
 * @param threads          documents analysed at once
 * @param actorFiles       user actor files that extend or override the bundled knowledge base
 * @param stanceCueFiles   user stance-cue files that extend the bundled lexicon
 * @param nameModel        a trained OpenNLP name-finder model whose person names count as names, or null
 * @param alignmentFiles   user alignment files whose rows replace the bundled partners of their countries
 * @param stanceModel      which stance model labels
 * @param voices           the voices whose statements count (official only unless asked)
 */
public record AnalysisSettings(List<CountryCode> countries, long maxDocumentBytes, int threads, List<Path> actorFiles,
                               List<Path> stanceCueFiles, Path nameModel, List<Path> alignmentFiles, StanceModelChoice stanceModel,
                               Set<Voice> voices) {
    /** The voices a run counts when none are asked for. */
    public static final Set<Voice> DEFAULT_VOICES = Set.of(Voice.OFFICIAL);
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /** Settings without user alignment files, with the bundled stance model. */
    public AnalysisSettings(List<CountryCode> countries, long maxDocumentBytes, int threads, List<Path> actorFiles,
                            List<Path> stanceCueFiles, Path nameModel) {
        this(countries, maxDocumentBytes, threads, actorFiles, stanceCueFiles, nameModel, List.of(), StanceModelChoice.BUNDLED);
    }

    /** Settings that count official voices only. */
    public AnalysisSettings(List<CountryCode> countries, long maxDocumentBytes, int threads, List<Path> actorFiles,
                            List<Path> stanceCueFiles, Path nameModel, List<Path> alignmentFiles, StanceModelChoice stanceModel) {
        this(countries, maxDocumentBytes, threads, actorFiles, stanceCueFiles, nameModel, alignmentFiles, stanceModel, DEFAULT_VOICES);
    }

    public AnalysisSettings {
        countries = List.copyOf(countries);
        actorFiles = List.copyOf(actorFiles);
        stanceCueFiles = List.copyOf(stanceCueFiles);
        alignmentFiles = List.copyOf(alignmentFiles);
        java.util.Objects.requireNonNull(stanceModel, "stanceModel");
        voices = Set.copyOf(voices);
        if (voices.isEmpty()) {
            throw new IllegalArgumentException("at least one voice must count");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Settings with the defaults of the command line (the default countries, one thread), for callers of the library. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds settings field by field, so that callers outside the command line name only what they change. */
    public static final class Builder {
        private List<CountryCode> countries = Countries.defaults();
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int threads = 1;
        private List<Path> actorFiles = List.of();
        private List<Path> stanceCueFiles = List.of();
        private Path nameModel;
        private StanceModelChoice stanceModel = StanceModelChoice.BUNDLED;
        private Set<Voice> voices = DEFAULT_VOICES;

        private Builder() {
        }

        public Builder countries(List<CountryCode> codes) {
            this.countries = codes;
            return this;
        }

        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder actorFiles(List<Path> files) {
            this.actorFiles = files;
            return this;
        }

        public Builder stanceCueFiles(List<Path> files) {
            this.stanceCueFiles = files;
            return this;
        }

        public Builder nameModel(Path model) {
            this.nameModel = model;
            return this;
        }

        public Builder stanceModel(StanceModelChoice choice) {
            this.stanceModel = choice;
            return this;
        }

        public Builder voices(Set<Voice> chosen) {
            this.voices = chosen;
            return this;
        }

        public AnalysisSettings build() {
            return new AnalysisSettings(countries, maxDocumentBytes, threads, actorFiles, stanceCueFiles, nameModel, List.of(), stanceModel,
                    voices);
        }
    }
}
