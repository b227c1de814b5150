package org.reactions.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkFiles;
import org.reactions.corpus.DateRange;
import org.reactions.knowledge.CountryCode;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.statements.Voice;

/**
 * What the executors need to build the analysis, small and serializable: user files travel with
 * {@code SparkContext.addFile} and are named here by the file name under which {@link SparkFiles} finds them.
 *
 * @param countries        checked country codes, in report order
 * @param maxDocumentBytes documents larger than this are failed documents
 * @param actorFiles       names of the user actor files among the job's files
 * @param stanceCueFiles   names of the user stance-cue files among the job's files
 * @param voices           the voices whose statements count
 * @param dates            documents dated outside these days are left out
 */
record JobSettings(List<CountryCode> countries, long maxDocumentBytes, List<String> actorFiles, List<String> stanceCueFiles, Set<Voice> voices,
                   DateRange dates) implements Serializable {
    JobSettings {
        countries = List.copyOf(countries);
        actorFiles = List.copyOf(actorFiles);
        stanceCueFiles = List.copyOf(stanceCueFiles);
        voices = Set.copyOf(voices);
    }

    /** The core's settings, with the user files where this JVM's {@link SparkFiles} put them. */
    AnalysisSettings analysisSettings() {
        return AnalysisSettings.builder()
                .countries(countries)
                .maxDocumentBytes(maxDocumentBytes)
                .actorFiles(local(actorFiles))
                .stanceCueFiles(local(stanceCueFiles))
                .voices(voices)
                .build();
    }

    static List<Path> local(List<String> jobFiles) {
        return jobFiles.stream().map(name -> Path.of(SparkFiles.get(name))).toList();
    }
}
