package org.reactions.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reactions.knowledge.CountryCode;

/**
 * An office named without its holder ("the Iranian ambassador", "Iran's ambassador to New Zealand") is the one person
 * the document names in that office ("Ambassador Reza Nazar Ahari"), before or after it, once the countries are
 * placed. A named holder of no known country takes the country of the offices that all point to them.
 */
final class OfficeCoreference {
    private static final String POST = " to ";
    /** how many sentences after an office with no holder its holder may first be named with no title */
    private static final int NEAR = 3;

    private OfficeCoreference() {
    }

    /** An office's title without its post, and the post ("ambassador", "new zealand"); a null post when none is named. */
    private record Office(String title, String post) {
        static Office of(String role) {
            String lower = role.toLowerCase(Locale.ROOT);
            int to = lower.indexOf(POST);
            return to < 0 ? new Office(lower, null) : new Office(lower.substring(0, to), lower.substring(to + POST.length()));
        }

        boolean fits(Office other) {
            return title.equals(other.title) && (post == null || other.post == null || post.equals(other.post));
        }
    }

    static List<List<Mention>> apply(List<List<Mention>> mentions) {
        Set<Actor> named = new LinkedHashSet<>();
        Set<Actor> offices = new LinkedHashSet<>();
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                if (isOfficial(m.actor()) && !m.group()) {
                    (m.actor().origin() == Actor.Origin.DESCRIBED ? offices : named).add(m.actor());
                }
            }
        }
        Map<Actor, Actor> withTitles = holders(named, offices);
        Map<Actor, Actor> same = withTitles.isEmpty() ? nameAfterOffice(mentions, offices) : withTitles;
        if (same.isEmpty()) {
            return mentions; // most documents
        }
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (List<Mention> sentence : mentions) {
            out.add(sentence.stream().map(m -> same.containsKey(m.actor()) ? resolved(m, same.get(m.actor())) : m).toList());
        }
        return out;
    }

    /** The mention as the actor it turned out to be: a name the reader knew nothing of is now a known name. */
    private static Mention resolved(Mention m, Actor actor) {
        return m.kind() == Mention.Kind.UNKNOWN
                ? new Mention(m.start(), m.end(), m.text(), actor, null, Mention.Kind.NAME, m.group(), m.possessive())
                : m.withActor(actor);
    }

    /** An office by its country and title: "Iran's Ambassador to Australia" and "Iran's ambassador to Australia" are one. */
    private record CountryOffice(CountryCode country, Office office) {
        static CountryOffice of(Actor a) {
            return new CountryOffice(a.country(), Office.of(a.role()));
        }
    }

    /**
     * "Iran's ambassador to Australia has warned ... Ahmad Sadeghi said the US president had ...": a story that opens
     * with an office and no holder names the holder in the sentences right after it, with no title. Only where the
     * document names one such office, of a country, and one full name the reader knows nothing of, first named at most
     * {@link #NEAR} sentences after the office.
     */
    private static Map<Actor, Actor> nameAfterOffice(List<List<Mention>> mentions, Set<Actor> offices) {
        Set<CountryOffice> distinct = new LinkedHashSet<>();
        offices.forEach(o -> distinct.add(CountryOffice.of(o)));
        Actor unknown = null;
        int office = -1;
        int name = -1;
        for (int s = 0; s < mentions.size(); s++) {
            for (Mention m : mentions.get(s)) {
                Actor a = m.actor();
                if (a != null && offices.contains(a) && office < 0) {
                    office = s;
                } else if (a != null && a.origin() == Actor.Origin.UNKNOWN && a.isPerson() && a.name().contains(" ")) {
                    if (unknown != null && !unknown.equals(a)) {
                        return Map.of(); // two people the reader knows nothing of: either may be the holder
                    }
                    unknown = a;
                    name = name < 0 ? s : name;
                }
            }
        }
        Actor theOffice = offices.stream().findFirst().orElse(null);
        if (distinct.size() != 1 || unknown == null || theOffice.country() == null || office < 0 || name < office || name - office > NEAR) {
            return Map.of();
        }
        Actor holder = new Actor(unknown.name(), theOffice.role(), ActorType.PERSON, theOffice.country(), true, Actor.Origin.INFERRED);
        Map<Actor, Actor> same = new HashMap<>();
        same.put(unknown, holder);
        offices.forEach(o -> same.put(o, holder));
        return same;
    }

    private static boolean isOfficial(Actor a) {
        return a != null && a.isPerson() && a.official() && a.role() != null;
    }

    /** Each office with its one named holder, and each holder of no country with the country its offices agree on. */
    private static Map<Actor, Actor> holders(Set<Actor> named, Set<Actor> offices) {
        Map<Actor, Actor> holderOf = new HashMap<>();
        Map<Actor, Map<CountryCode, Integer>> countriesOf = new HashMap<>();
        for (Actor office : offices) {
            if (office.country() == null) {
                continue;
            }
            Office wanted = Office.of(office.role());
            List<Actor> fitting = named.stream().filter(p -> Office.of(p.role()).fits(wanted)
                    && (p.country() == null || p.country().equals(office.country()))).toList();
            if (fitting.size() == 1) {
                holderOf.put(office, fitting.get(0));
                countriesOf.computeIfAbsent(fitting.get(0), p -> new HashMap<>()).merge(office.country(), 1, Integer::sum);
            }
        }
        Map<Actor, Actor> same = new HashMap<>();
        for (Map.Entry<Actor, Map<CountryCode, Integer>> e : countriesOf.entrySet()) {
            Actor person = e.getKey();
            CountryCode country = mostNamed(e.getValue());
            if (person.country() == null && country != null) {
                same.put(person, new Actor(person.name(), person.role(), person.type(), country, person.official(),
                        Actor.Origin.INFERRED));
            }
        }
        holderOf.forEach((office, person) -> {
            Actor placed = same.getOrDefault(person, person);
            if (Objects.equals(placed.country(), office.country())) {
                same.put(office, placed);
            }
        });
        return same;
    }

    /**
     * The country most offices name, strictly ahead of any other ("New Zealand's ambassador to Iran" once against
     * three), or null.
     */
    private static CountryCode mostNamed(Map<CountryCode, Integer> counts) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<CountryCode> leading = counts.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        return leading.size() == 1 ? leading.get(0) : null;
    }
}
