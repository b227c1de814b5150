package org.reactions.summary;

import java.util.List;
import java.util.Map;
import org.reactions.stance.Label;

/**
 * How one country reacted.
 *
 * @param code       ISO code
 * @param name       country name
 * @param statements number of statements
 * @param documents  number of documents with at least one of its statements
 * @param speakers   its speakers, most statements first
 * @param labels     statements per stance label, every label present, in label order
 * @param stance     a one-line summary of its stance
 * @param highlights its strongest statements, strongest first (at most three)
 */
public record CountrySummary(String code, String name, int statements, int documents, List<SpeakerCount> speakers,
                             Map<Label, Integer> labels, String stance, List<Highlight> highlights) {
}
