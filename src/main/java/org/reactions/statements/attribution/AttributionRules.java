package org.reactions.statements.attribution;

import java.util.List;
import java.util.Optional;

/**
 * The attribution rules in the order they are tried: the first that returns an event for a cue decides. A rule
 * that knows a more specific construction comes before a more general one (a verb coordinated with an earlier
 * speech verb shares its speaker before the verb's own subject is looked for). To add a rule: write its class
 * beside these, with a test class of its own, and put one line here.
 */
public final class AttributionRules {
    public static final List<AttributionRule> ORDER = List.of(
            new TranscriptTurn(),
            new AccordingTo(),
            new ColonQuotation(),
            new SignedQuotation(),
            new SignedPost(),
            new QuotationContinues(),
            new QuotationAfterSubject(),
            new TitledSpeech(),
            new IntroducedSpeaker(),
            new SpeechRunsOn(),
            new InterviewAnswer(),
            new StatementGoesOn(),
            new AttributedInNextParagraph(),
            new TaggedInNextSentence(),
            new CoordinatedVerb(),
            new PassiveAgent(),
            new IssuedStatement(),
            new SpeechNounFrom(),
            new OwnedSpeechNoun(),
            new FrontedParticiple(),
            new ListedUnderSubject(),
            new MembersAfterObject(),
            new SubjectOfVerb(),
            new NamedAfterVerb(),
            new SharedWithPreviousVerb(),
            new ClauseSubject());

    private AttributionRules() {
    }

    /** The event of the first rule that decides, or the cue with no speaker when none does. */
    static Event attribute(CueSite site) {
        for (AttributionRule rule : ORDER) {
            Optional<Event> event = rule.attribute(site);
            if (event.isPresent()) {
                return event.get();
            }
        }
        return Event.unattributed(site.cue());
    }
}
