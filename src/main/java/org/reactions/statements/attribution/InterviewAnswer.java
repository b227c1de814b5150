package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.ANSWER_MARKS;
import static org.reactions.knowledge.FunctionWords.Set.INTERVIEW_WORDS;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/**
 * An interview laid out as questions and answers: after "RT spoke to Alexey Dedov, the Russian ambassador in Iran"
 * and a question paragraph ("RT: ... Which of these do you consider the most dangerous?"), the paragraphs with no
 * speech mark of their own, up to the next question, are the answers of the official named before the first
 * question. It is an interview when a question opens with its asker's name and a colon, or when the official is
 * introduced as interviewed ("spoke to", "in an interview") and two questions are asked; a question is a paragraph
 * that ends in one outside quotation marks. Answers that another speaker interrupts are not read on.
 */
final class InterviewAnswer implements AttributionRule {
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
        // a passage with no speech mark, or one that only speaks as "we" ("A: We did everything we could.")
        boolean unmarked = site.offeredAsRunOn() || site.cue().kind() == CueKind.GOES_ON;
        if (!unmarked || p.isHeading() || site.reading().paragraphs().endsInQuestion(p)) {
            return Optional.empty();
        }
        Introduced interviewee = interviewee(site, p);
        if (interviewee == null) {
            return Optional.empty();
        }
        List<Speaker> found = site.speakers().of(interviewee.passage(), interviewee.mention(), site.lookingAt(Place.INTRODUCED));
        List<Actor> answering = found.stream().map(Speaker::actor).toList();
        if (!answersAQuestion(site, p, answering) || anothersTurn(site, p, answering)) {
            return Optional.empty();
        }
        return Optional.of(site.event(this, site.carried(found, Place.INTRODUCED), false, 0));
    }

    private record Introduced(Passage passage, Mention mention) {
    }

    /** Whether the paragraphs before p, back to a question, hold no speech of a speaker other than those answering. */
    private static boolean answersAQuestion(CueSite site, Passage p, List<Actor> answering) {
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - REACH; i--) {
            Passage before = site.reading().passage(i);
            if (before.paragraph() != p.paragraph() && asks(site, before)) {
                return true;
            }
            boolean another = site.reading().eventsOf(before).stream().anyMatch(e -> e.hasSpeaker() && !ID.equals(e.rule())
                    && !e.speakers().stream().map(Speaker::actor).allMatch(answering::contains));
            if (before.isHeading() || another) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether p's paragraph opens with the name and colon of someone other than those answering ("Margaret Brennan: Yes."),
     * not with an answer's mark ("A:").
     */
    private static boolean anothersTurn(CueSite site, Passage p, List<Actor> answering) {
        Passage opening = site.reading().passage(site.reading().paragraphs().firstPassage(p));
        Mention name = opening.mentionStartingAt(0);
        boolean turn = opensWithTurn(opening) || (name != null && opening.lower(name.end()).equals(":"));
        return turn && (name == null ? !site.grammar().is(ANSWER_MARKS, opening.lower(0)) : !answering.contains(name.actor()));
    }

    /** Whether a paragraph opens with its speaker's name or mark and a colon ("RT:", "Margaret Brennan:", "Q:"). */
    private static boolean opensWithTurn(Passage opening) {
        return opening.lower(1).equals(":") || opening.lower(TURN_MARK).equals(":");
    }

    /** Whether q closes a question paragraph: it ends in a question of its own, not in a quoted one. */
    private static boolean asks(CueSite site, Passage q) {
        Paragraphs paragraphs = site.reading().paragraphs();
        int end = q.size() - 1;
        while (end > 0 && q.token(end).isQuoteMark()) {
            end--;
        }
        return paragraphs.closes(q) && paragraphs.endsInQuestion(q) && !q.isHeading() && !q.token(end).quoted();
    }

    /**
     * The official named nearest before the earliest question within {@link #WINDOW} passages before p ("RT spoke to
     * Alexey Dedov"), when the layout is an interview's; else null.
     */
    private static Introduced interviewee(CueSite site, Passage p) {
        int first = -1;
        int questions = 0;
        boolean turn = false; // "RT: ...?", "Q: ...?": a question that opens with the asker's name and a colon
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - WINDOW; i--) {
            Passage q = site.reading().passage(i);
            if (asks(site, q)) {
                questions++;
                first = site.reading().paragraphs().firstPassage(q);
                Passage opening = site.reading().passage(first);
                turn |= opensWithTurn(opening);
            }
        }
        Introduced introduced = first < 0 ? null : officialBefore(site, first);
        Passage introduction = introduced == null ? null : introduced.passage();
        boolean interviewed = introduction != null
                && IntStream.range(0, introduction.size()).anyMatch(k -> site.grammar().is(INTERVIEW_WORDS, introduction.lower(k)));
        return turn || (interviewed && questions + laterQuestions(site, p) >= 2) ? introduced : null;
    }

    /** How many questions follow p within {@link #REACH} passages, counting one at most. */
    private static int laterQuestions(CueSite site, Passage p) {
        for (int i = p.index() + 1; site.reading().hasPassage(i) && i <= p.index() + REACH; i++) {
            if (asks(site, site.reading().passage(i))) {
                return 1;
            }
        }
        return 0;
    }

    /** The official person named nearest before the passage at {@code first}. */
    private static Introduced officialBefore(CueSite site, int first) {
        for (int i = first - 1; i >= 0 && i >= first - REACH; i--) {
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
}
