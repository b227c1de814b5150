package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * An interview laid out as questions and answers: after "RT spoke to Alexey Dedov, the Russian ambassador in Iran"
 * and a question paragraph ("RT: ... Which of these do you consider the most dangerous?"), the paragraphs with no
 * speech mark of their own, up to the next question, are the answers of the official named before the first
 * question. A layout needs two questions, or one that opens with its asker's name and a colon; answers that another
 * speaker interrupts are not read on.
 */
final class InterviewAnswer implements AttributionRule {
    /** the fewest question paragraphs that make an interview, unless one opens with its asker's name and a colon */
    private static final int QUESTIONS = 2;
    /** where the colon after an interviewer's name may stand at the latest ("Margaret Brennan:") */
    private static final int TURN_MARK = 2;
    /** how many passages back an answer looks for its question, and the first question for its interviewee */
    private static final int REACH = 24;
    /** how many passages back the first question of the layout may stand */
    private static final int WINDOW = 96;
    private static final AttributionRuleId ID = new AttributionRuleId("interview-answer",
            "the official introduced before an interview's first question, for the answer paragraphs after each question");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        Passage p = site.passage();
        if (site.cue().kind() != CueKind.GOES_ON || !site.cue().surface().equals(SpeechRunsOn.SURFACE) || p.isHeading()
                || endsInQuestion(site, p) || !answersAQuestion(site, p)) {
            return Optional.empty();
        }
        Introduced interviewee = intervieweeBefore(site, firstQuestion(site, p));
        if (interviewee == null) {
            return Optional.empty();
        }
        List<Speaker> speakers = site.speakers().of(interviewee.passage(), interviewee.mention(), site.lookingAt(Place.INTRODUCED)).stream()
                .map(s -> s.carriedOn(Place.INTRODUCED, site.cue().speech())).toList();
        return Optional.of(site.event(this, speakers, false, 0));
    }

    private record Introduced(Passage passage, Mention mention) {
    }

    /** Whether the paragraphs before p, back to a question, hold no speech of another speaker. */
    private static boolean answersAQuestion(CueSite site, Passage p) {
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - REACH; i--) {
            Passage before = site.reading().passage(i);
            if (before.paragraph() != p.paragraph() && endsInQuestion(site, before)) {
                return true;
            }
            if (before.isHeading() || site.reading().eventsOf(before).stream().anyMatch(e -> e.hasSpeaker() && !ID.equals(e.rule()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index of the first passage of the earliest question paragraph within {@link #WINDOW} passages before p, when
     * the layout asks two questions at least (one before p and one after will do); else -1.
     */
    private static int firstQuestion(CueSite site, Passage p) {
        int first = -1;
        int questions = 0;
        boolean turn = false; // "RT: ...?", "Q: ...?": a question that opens with the interviewer's name and a colon
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - WINDOW; i--) {
            Passage q = site.reading().passage(i);
            boolean lastOfParagraph = site.reading().passage(i + 1).paragraph() != q.paragraph();
            if (lastOfParagraph && q.last().isQuestion() && !q.isHeading()) {
                questions++;
                first = firstOfParagraph(site, q);
                Passage opening = site.reading().passage(first);
                turn |= opening.size() > TURN_MARK && (opening.lower(1).equals(":") || opening.lower(TURN_MARK).equals(":"));
            }
        }
        return questions >= QUESTIONS || turn || (questions == 1 && laterQuestion(site, p)) ? first : -1;
    }

    private static boolean laterQuestion(CueSite site, Passage p) {
        for (int i = p.index() + 1; site.reading().hasPassage(i) && i <= p.index() + REACH; i++) {
            if (site.reading().passage(i).last().isQuestion()) {
                return true;
            }
        }
        return false;
    }

    /** The official named nearest before the first question: the interviewee ("RT spoke to Alexey Dedov"). */
    private static Introduced intervieweeBefore(CueSite site, int firstQuestion) {
        for (int i = firstQuestion - 1; i >= 0 && i >= firstQuestion - REACH; i--) {
            Passage before = site.reading().passage(i);
            List<Mention> mentions = before.mentions();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (!m.isAnaphor() && m.actor() != null && m.actor().isPerson() && m.actor().official() && !m.group()) {
                    return new Introduced(before, m);
                }
            }
        }
        return null;
    }

    private static int firstOfParagraph(CueSite site, Passage p) {
        int i = p.index();
        while (i > 0 && site.reading().passage(i - 1).paragraph() == p.paragraph()) {
            i--;
        }
        return i;
    }

    /** Whether the paragraph of p ends in a question: an interviewer's turn. */
    static boolean endsInQuestion(CueSite site, Passage p) {
        Passage last = p;
        while (site.reading().hasPassage(last.index() + 1) && site.reading().passage(last.index() + 1).paragraph() == p.paragraph()) {
            last = site.reading().passage(last.index() + 1);
        }
        return last.last().isQuestion();
    }
}
