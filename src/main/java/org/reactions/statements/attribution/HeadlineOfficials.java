package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.INDEFINITE_ARTICLES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.knowledge.CountryCode;
import org.reactions.statements.Confidence;

/**
 * Officials a story names only after it has them speak.
 * <ul>
 * <li>"IRGC General Clarifies Iran Did Not Seek Help" above "Brigadier General Yadollah Javani ... stated": a
 * headline's unnamed official is the first official of that country whom the body names speaking, unless the body
 * quotes an unnamed official of that country too (then the headline may mean that one). A group ("Iranian
 * officials") stays itself.</li>
 * <li>"Tehran has 'no desire' for the bomb, ambassador insists" above "Iran's ambassador to the UK, Seyed Ali Mousavi,
 * insisted": a headline's official of no stated country is the first official the body names speaking whose role
 * holds the title's last word.</li>
 * <li>"A senior officer of Iran's IRGC has clarified that ..." opening the story, and "Brigadier General Yadollah
 * Javani, the deputy commander, addressed ..." in the paragraph after it: the lead's unnamed official, introduced
 * with "a" at the start of a sentence, is the first official of that country whom the next paragraph names speaking
 * (the identification a wire story delays by one paragraph).</li>
 * </ul>
 */
final class HeadlineOfficials {
    private final Map<Actor, Actor> named = new HashMap<>();
    private final Map<Actor, Actor> delayed = new HashMap<>();
    /** the story's first passage that is no heading, whose first sentence opens the lead; -1 when there is none */
    private final int lead;

    HeadlineOfficials(List<Passage> passages, List<List<Event>> events, Grammar grammar) {
        lead = passages.stream().filter(p -> !p.isHeading()).mapToInt(Passage::index).findFirst().orElse(-1);
        if (lead >= 0) {
            Passage first = passages.get(lead);
            Map<CountryCode, Actor> namedNext = new HashMap<>();
            for (Passage p : passages) {
                if (p.paragraph() == first.paragraph() + 1 && !p.isHeading()) {
                    collect(p, events, namedNext, new HashSet<>());
                }
            }
            for (Speaker s : spoken(events.get(lead))) {
                boolean opensLead = s.at() >= 0 && first.sentenceOf(s.at()) == first.first().index();
                if (opensLead && unnamedOne(first, s) && introducedAtSentenceStart(first, s, grammar)
                        && namedNext.containsKey(s.actor().country())) {
                    delayed.put(s.actor(), namedNext.get(s.actor().country()));
                }
            }
        }
        Map<CountryCode, Actor> firstNamed = new HashMap<>();
        Set<CountryCode> unnamedInBody = new HashSet<>();
        List<Actor> namedInBody = new ArrayList<>();
        for (Passage p : passages) {
            if (!p.isHeading()) {
                collect(p, events, firstNamed, unnamedInBody);
                spoken(events.get(p.index())).stream().map(Speaker::actor).filter(a -> a.isPerson() && a.official()
                        && a.role() != null && a.origin() != Actor.Origin.DESCRIBED).forEach(namedInBody::add);
            }
        }
        for (Passage p : passages) {
            for (Speaker s : p.isHeading() ? spoken(events.get(p.index())) : List.<Speaker>of()) {
                Actor a = s.actor();
                if (unnamedOne(p, s) && !unnamedInBody.contains(a.country()) && firstNamed.containsKey(a.country())) {
                    named.put(a, firstNamed.get(a.country()));
                } else if (ofNoCountry(p, s)) { // "..., ambassador insists" above the body's "Ambassador Seyed Ali Mousavi"
                    namedInBody.stream().filter(b -> holdsRole(b, a)).findFirst().ifPresent(b -> named.put(a, b));
                }
            }
        }
    }

    /** Whether a named official's role holds the last word of an unnamed one's ("Ambassador to the UK", "ambassador"). */
    private static boolean holdsRole(Actor holder, Actor unnamed) {
        String role = unnamed.role().toLowerCase(Locale.ROOT);
        String key = role.substring(role.lastIndexOf(' ') + 1);
        return (" " + holder.role().toLowerCase(Locale.ROOT)).contains(" " + key);
    }

    /** A headline's unnamed official of no stated country: "ambassador insists". */
    private static boolean ofNoCountry(Passage p, Speaker s) {
        Actor a = s.actor();
        Mention m = s.at() >= 0 && s.at() < p.size() ? p.mentionStartingAt(s.at()) : null;
        return a.isPerson() && a.official() && a.country() == null && a.role() != null && a.origin() == Actor.Origin.DESCRIBED
                && m != null && !m.group();
    }

    /** The speaker as the story names it, for an unnamed official of a headline or of the lead; else the speaker. */
    Speaker of(Passage p, Speaker s) {
        Actor body = p.isHeading() ? named.get(s.actor()) : p.index() == lead ? delayed.get(s.actor()) : null;
        return body == null ? s : new Speaker(body, s.at(), s.how().found(s.how().mention(), body, Confidence.PRONOUN));
    }

    /** The first named official of each country speaking in the passage, and the countries of its unnamed ones. */
    private void collect(Passage p, List<List<Event>> events, Map<CountryCode, Actor> firstNamed, Set<CountryCode> unnamed) {
        for (Speaker s : spoken(events.get(p.index()))) {
            Actor a = s.actor();
            if (a.isPerson() && a.official() && a.country() != null) {
                if (a.origin() != Actor.Origin.DESCRIBED) {
                    firstNamed.putIfAbsent(a.country(), a);
                } else if (!delayed.containsKey(a)) {
                    unnamed.add(a.country());
                }
            }
        }
    }

    private static List<Speaker> spoken(List<Event> events) {
        return events.stream().filter(e -> !e.negated()).flatMap(e -> e.speakers().stream()).toList();
    }

    /** Whether "a" or "an" opens the speaker's sentence, as the first word of the mention or just before it. */
    private static boolean introducedAtSentenceStart(Passage p, Speaker s, Grammar grammar) {
        for (int article = Math.max(s.at() - 1, 0); article <= s.at() && s.at() >= 0; article++) {
            if (p.sentenceStart(article) == article && grammar.is(INDEFINITE_ARTICLES, p.lower(article))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unnamedOne(Passage p, Speaker s) {
        Actor a = s.actor();
        Mention m = s.at() >= 0 && s.at() < p.size() ? p.mentionStartingAt(s.at()) : null;
        return a.isPerson() && a.official() && a.country() != null && a.origin() == Actor.Origin.DESCRIBED
                && (m == null || !m.group());
    }
}
