package org.reactions.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run analyses and how.
 *
 * @param countries        ISO codes of the countries whose official voices count, in the order of the report
 * @param maxDocumentBytes documents larger than this are skipped with an error
 * @param threads          documents analysed at once
 * @param actorFiles       user actor files that extend or override the bundled knowledge base
 * @param stanceCueFiles   user stance-cue files that extend the bundled lexicon
 * @param nameModel        a trained OpenNLP name-finder model whose person names count as names, or null
 */
public record AnalysisSettings(List<String> countries, long maxDocumentBytes, int threads, List<Path> actorFiles,
                               List<Path> stanceCueFiles, Path nameModel, List<Path> alignmentFiles) {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /** Settings without user alignment files. */
    public AnalysisSettings(List<String> countries, long maxDocumentBytes, int threads, List<Path> actorFiles,
                            List<Path> stanceCueFiles, Path nameModel) {
        this(countries, maxDocumentBytes, threads, actorFiles, stanceCueFiles, nameModel, List.of());
    }

    public AnalysisSettings {
        countries = List.copyOf(countries);
        actorFiles = List.copyOf(actorFiles);
        stanceCueFiles = List.copyOf(stanceCueFiles);
        alignmentFiles = List.copyOf(alignmentFiles);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
