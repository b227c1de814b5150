package org.reactions.statements.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.entities.Actor;
import org.reactions.entities.Mention;
import org.reactions.knowledge.CountryCode;
import org.reactions.statements.Confidence;

/**
 * "IRGC General Clarifies Iran Did Not Seek Help" above "Brigadier General Yadollah Javani ... stated": a headline's
 * unnamed official is the first official of that country whom the body names speaking, unless the body quotes an
 * unnamed official of that country too (then the headline may mean that one). A group ("Iranian officials") stays
 * itself.
 */
final class HeadlineOfficials {
    private final Map<Actor, Actor> named = new HashMap<>();

    HeadlineOfficials(List<Passage> passages, List<List<Event>> events) {
        Map<CountryCode, Actor> firstNamed = new HashMap<>();
        Set<CountryCode> unnamedInBody = new HashSet<>();
        for (Passage p : passages) {
            for (Event e : p.isHeading() ? List.<Event>of() : events.get(p.index())) {
                for (Speaker s : e.negated() ? List.<Speaker>of() : e.speakers()) {
                    Actor a = s.actor();
                    if (a.isPerson() && a.official() && a.country() != null) {
                        if (a.origin() == Actor.Origin.DESCRIBED) {
                            unnamedInBody.add(a.country());
                        } else {
                            firstNamed.putIfAbsent(a.country(), a);
                        }
                    }
                }
            }
        }
        for (Passage p : passages) {
            for (Event e : p.isHeading() ? events.get(p.index()) : List.<Event>of()) {
                for (Speaker s : e.speakers()) {
                    Actor a = s.actor();
                    if (unnamedOne(p, s) && !unnamedInBody.contains(a.country()) && firstNamed.containsKey(a.country())) {
                        named.put(a, firstNamed.get(a.country()));
                    }
                }
            }
        }
    }

    /** The speaker as the body names it, for a speaker of a headline; else the speaker itself. */
    Speaker of(Passage p, Speaker s) {
        Actor body = p.isHeading() ? named.get(s.actor()) : null;
        return body == null ? s : new Speaker(body, s.at(), s.how().found(s.how().mention(), body, Confidence.PRONOUN));
    }

    private static boolean unnamedOne(Passage p, Speaker s) {
        Actor a = s.actor();
        Mention m = s.at() >= 0 && s.at() < p.size() ? p.mentionStartingAt(s.at()) : null;
        return a.isPerson() && a.official() && a.country() != null && a.origin() == Actor.Origin.DESCRIBED
                && (m == null || !m.group());
    }
}
