package org.reactions.summary;

import java.util.List;
import java.util.Map;
import org.reactions.knowledge.CountryCode;
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
 * @param timeline   its statements per day, in date order, undated documents' last (see {@link Timeline})
 * @param claims     its distinct claims (a statement reprinted by several outlets is one claim; see {@link ClaimIndex})
 * @param outlets    the distinct outlets of the documents with its statements (documents without one not counted)
 */
public record CountrySummary(CountryCode code, String name, int statements, int documents, List<SpeakerCount> speakers,
                             Map<Label, Integer> labels, String stance, List<Highlight> highlights, List<DayCount> timeline,
                             int claims, int outlets) {
    public CountrySummary {
        timeline = List.copyOf(timeline);
    }

    /** A summary without a timeline (documents without dates, or a caller that does not count days). */
    public CountrySummary(CountryCode code, String name, int statements, int documents, List<SpeakerCount> speakers,
                          Map<Label, Integer> labels, String stance, List<Highlight> highlights) {
        this(code, name, statements, documents, speakers, labels, stance, highlights, List.of(), statements, 0);
    }
}
