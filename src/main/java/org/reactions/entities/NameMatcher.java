package org.reactions.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reactions.knowledge.CountryCode;

/**
 * Finds the knowledge-base person meant by a name that is not in the knowledge base as written: poor
 * transliteration and typos ("Araguchi", "Aragut", "Liyabakov") are matched by Jaro-Winkler similarity, never by
 * listing the typos. Without context a name must be very close; a matching first name, or the same country and
 * office as a title in the text says, lets a less similar surname through.
 */
final class NameMatcher {
    /** similarity a lone surname needs */
    static final double ALONE = 0.92;
    /** similarity a lone surname needs when it starts with the same letter */
    static final double ALONE_SAME_INITIAL = 0.90;
    /** similarity a surname needs when the first name, or the country and office, agree */
    static final double IN_CONTEXT = 0.80;
    /** a match must beat the next-best other actor by this much, or it is ambiguous */
    static final double MARGIN = 0.02;
    static final int SHORTEST = 5;
    static final int CACHED_NAMES = 20_000;
    /** a misspelling is at most this many letters longer or shorter than the name */
    static final int LENGTH_DIFFERENCE = 2;

    /** A surname under which a person is known, with the given names written before it (middle: the second, or null). */
    private record Surname(String folded, Actor actor, String firstName, String middleName) {
    }

    private final List<Surname> surnames = new ArrayList<>();
    private final java.util.Set<CountryCode> familyNameFirst = new java.util.HashSet<>();
    private final GivenNames givenNames;
    /** the family names of known people of countries that write them first ("wang", "li") */
    private final java.util.Set<String> familyNames = new java.util.HashSet<>();
    /** the surnames by length, so that a lookup compares only names of about the same length */
    private final Map<Integer, List<Surname>> byLength = new HashMap<>();
    /** answers for names seen before; bounded, since an archive holds endless names */
    private final Map<String, Optional<Actor>> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Actor>> eldest) {
                    return size() > CACHED_NAMES;
                }
            });

    NameMatcher(Collection<KnownActor> actors, Map<CountryCode, Country> countries, GivenNames givenNames) {
        this.givenNames = givenNames;
        countries.values().stream().filter(Country::familyNameFirst).forEach(c -> familyNameFirst.add(c.code()));
        for (KnownActor known : actors) {
            Actor actor = known.actor();
            if (actor.type() != ActorType.PERSON) {
                continue;
            }
            Country country = actor.country() == null ? null : countries.get(actor.country());
            boolean familyFirst = country != null && country.familyNameFirst();
            Map<String, Boolean> seen = new HashMap<>();
            for (String surface : known.surfaces()) {
                String[] words = NameSimilarity.fold(surface).split("[\\s-]+");
                String surname = words.length == 1 ? words[0] : familyFirst ? words[0] : words[words.length - 1];
                String first = words.length == 1 ? null : familyFirst ? words[words.length - 1] : words[0];
                String middle = words.length > 2 && !familyFirst ? words[1] : null;
                if (familyFirst && words.length > 1) {
                    familyNames.add(surname);
                }
                if (seen.putIfAbsent(surname + "/" + first + "/" + middle, Boolean.TRUE) == null) {
                    Surname entry = new Surname(surname, actor, first, middle);
                    surnames.add(entry);
                    byLength.computeIfAbsent(surname.length(), n -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /** Whether a word is the family name of a known person of a country that writes it first ("Wang", "Li"). */
    boolean isFamilyNameFirst(String word) {
        return familyNames.contains(NameSimilarity.fold(word));
    }

    /** Whether a word is a given name the lexicon knows ("Ali", "Mark"). */
    boolean isGivenName(String word) {
        return givenNames.of(word) != Gender.UNKNOWN;
    }

    /** The person a lone capitalised word stands for, if it is a close misspelling of a known surname. */
    Optional<Actor> surname(String word) {
        if (word.length() < SHORTEST) {
            return Optional.empty();
        }
        Optional<Actor> known = recent.get(word);
        if (known == null) {
            known = best(NameSimilarity.fold(word), null, null, null, null);
            recent.put(word, known);
        }
        return known;
    }

    /**
     * The person a name with a title or nationality stands for ("Iranian Foreign Minister Abbas Aragut").
     *
     * @param words   the name's words
     * @param country the country the title or nationality gives, or null
     * @param title   the title before the name, or null
     */
    Optional<Actor> titled(String[] words, CountryCode country, Title title) {
        String key = String.join(" ", words) + "\t" + country + "\t" + (title == null ? "" : title.phrase());
        Optional<Actor> known = recent.get(key);
        if (known != null) {
            return known;
        }
        // "Chinese Ambassador Li Wei": a country that writes the family name first gives the surname first
        boolean familyFirst = words.length == 2 && familyNameFirst.contains(country);
        String last = NameSimilarity.fold(words[familyFirst ? 0 : words.length - 1]);
        String first = words.length > 1 ? NameSimilarity.fold(words[familyFirst ? 1 : 0]) : null;
        String middle = words.length > 2 ? NameSimilarity.fold(words[1]) : null;
        Optional<Actor> found = best(last, first, middle, country, title);
        recent.put(key, found);
        return found;
    }

    private Optional<Actor> best(String surname, String firstName, String middleName, CountryCode country, Title title) {
        Actor best = null;
        double bestScore = 0;
        double runnerUp = 0;
        for (int length = surname.length() - LENGTH_DIFFERENCE; length <= surname.length() + LENGTH_DIFFERENCE; length++) {
            for (Surname candidate : byLength.getOrDefault(length, List.of())) {
                boolean alone = firstName == null && country == null && title == null;
                if (candidate.folded().length() < (alone ? SHORTEST : 4)) {
                    continue; // a short surname is matched only beside a first name, a country or a title ("Sayyid" is not Al Said)
                }
                double similarity = NameSimilarity.jaroWinkler(surname, candidate.folded());
                if (!accepts(similarity, surname, candidate, firstName, country, title) || otherMiddle(middleName, candidate)) {
                    continue;
                }
                if (similarity > bestScore) {
                    if (best != null && !best.equals(candidate.actor())) {
                        runnerUp = bestScore;
                    }
                    best = candidate.actor();
                    bestScore = similarity;
                } else if (!candidate.actor().equals(best) && similarity > runnerUp) {
                    runnerUp = similarity;
                }
            }
        }
        return best != null && bestScore - runnerUp >= MARGIN ? Optional.of(best) : Optional.empty();
    }

    private boolean accepts(double similarity, String surname, Surname candidate, String firstName, CountryCode country,
                            Title title) {
        if (firstName != null && (candidate.firstName() == null
                || NameSimilarity.jaroWinkler(firstName, candidate.firstName()) < IN_CONTEXT || ofOtherSex(firstName, candidate.firstName()))) {
            // a stranger who shares a surname: a one-word alias ("Abbas") or another first name ("Mahmoud Abbas")
            // does not vouch for "Karim Abbas"; a misspelt first name ("Sergei" for Sergey) still may, not a woman's for a
            // man's ("Mark Levin" is not "Maria Levi")
            return false;
        }
        if (similarity < 1 && title != null && title.official() && !holdsOffice(title, candidate.actor())) {
            return false; // "Russian Ambassador Dmitry Peskin" is an envoy, not a misspelt Kremlin spokesman
        }
        if (suffixed(surname, candidate.folded()) || suffixed(candidate.folded(), surname)) {
            return false; // "Abdollahian" is another family than "Abdollahi", however alike they look from the front
        }
        if (similarity >= ALONE || (similarity >= ALONE_SAME_INITIAL && surname.charAt(0) == candidate.folded().charAt(0))) {
            return country == null || country.equals(candidate.actor().country());
        }
        if (similarity < IN_CONTEXT || (country != null && !country.equals(candidate.actor().country()))) {
            return false;
        }
        boolean sameFirstName = firstName != null && firstName.equals(candidate.firstName());
        boolean sameOffice = title != null && title.official() && candidate.actor().role() != null
                && candidate.actor().role().toLowerCase(java.util.Locale.ROOT).contains(title.roleKey());
        // with a country, one of the two suffices; without one ("Foreign Minister Abbas Arakchi"), both are needed
        return country != null ? sameFirstName || sameOffice : sameFirstName && sameOffice;
    }

    private boolean ofOtherSex(String firstName, String knownFirstName) {
        Gender one = givenNames.of(firstName);
        Gender other = givenNames.of(knownFirstName);
        return one != Gender.UNKNOWN && other != Gender.UNKNOWN && one != other;
    }

    /** Whether a known person's role fits a title written before the name: any, for a title that refers to any official. */
    private static boolean holdsOffice(Title title, Actor known) {
        String role = known.role() == null ? null : " " + known.role().toLowerCase(java.util.Locale.ROOT);
        return role == null || title.antecedentRoles().isEmpty() || title.antecedentRoles().stream().anyMatch(word -> Anaphor.holdsWord(role, word));
    }

    /** Whether both names have a middle name and they differ: "Mohamed Javad" is no "Mohammad Touhid". */
    private static boolean otherMiddle(String middleName, Surname candidate) {
        return middleName != null && candidate.middleName() != null
                && NameSimilarity.jaroWinkler(middleName, candidate.middleName()) < IN_CONTEXT;
    }

    /** Whether a name is another with a suffix of two letters or more: a family name of its own, not a misspelling. */
    private static boolean suffixed(String longer, String shorter) {
        return longer.length() - shorter.length() >= 2 && longer.startsWith(shorter);
    }
}
