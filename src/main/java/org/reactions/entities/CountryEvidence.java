package org.reactions.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Sentence;

/**
 * What one document says about the countries of its officials, gathered once: the countries of the people and
 * offices it names with one, a dateline, and the weight of evidence for each country (an official's title twice, a
 * state or institution once, nothing for a place after a preposition).
 */
final class CountryEvidence {
    /** the sentences at the top of a document where a dateline may stand (a headline and a standfirst may come first) */
    private static final int DATELINE_SENTENCES = 4;
    /** the tokens a dateline may have before its mark ("Mexico City, Mexico -") */
    private static final int DATELINE_TOKENS = 6;
    /** the weight an official's title with a country counts for, against 1 for a state or institution mention */
    private static final int OFFICIAL_WEIGHT = 2;
    /** the least evidence the country an article is about needs */
    private static final int LEAST_DOMINANCE = 3;
    /** how many times the evidence of the next country the leading country needs */
    private static final int LEAD_FACTOR = 2;
    /** how many paragraphs back a definite description ("the Iranian diplomat") may refer to a person */
    private static final int DESCRIPTION_REACH = 2;

    private final OfficeHolders holders;
    private final FunctionWords words;
    /** the names of people with a country ("Ana Ruiz", or "Ruiz" alone), with the countries they are given */
    private final Map<String, Set<CountryCode>> byName = new HashMap<>();
    /** an office with a country and no holder named ("Peru's president") */
    private final Map<String, Set<CountryCode>> byOffice = new HashMap<>();
    /** the people with a country and an office, by office and country */
    private final Map<String, Map<CountryCode, String>> holderNames = new HashMap<>();
    /** the people whose counterpart the document gives a country ("Mudavadi ... his counterpart in Kinshasa"): not theirs */
    private final Map<String, Set<CountryCode>> counterpartOf = new HashMap<>();
    private final Map<CountryCode, Integer> weight = new TreeMap<>();
    /** the people named so far with their paragraph, latest last: what a definite description ("the Iranian diplomat") refers back to */
    private final List<Named> people = new ArrayList<>();

    /** A person named in a paragraph. */
    private record Named(Actor actor, int paragraph) {
    }
    private final CountryCode dateline;

    CountryEvidence(List<Sentence> sentences, List<List<Mention>> mentions, OfficeHolders holders, FunctionWords words) {
        this.holders = holders;
        this.words = words;
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> sentence = mentions.get(s);
            actsForTheSubjectState(sentences.get(s), sentence);
            for (int k = 0; k < sentence.size(); k++) {
                Mention m = sentence.get(k);
                if (m.actor() != null && m.actor().country() != null) {
                    count(m, afterPreposition(sentences.get(s), m));
                    possessor(sentence, k);
                    counterpart(sentence, k);
                    describedBack(m, sentences.get(s).paragraph());
                }
                if (m.actor() != null && m.actor().isPerson() && !m.group() && m.kind() != Mention.Kind.DESCRIBED) {
                    people.add(new Named(m.actor(), sentences.get(s).paragraph()));
                }
            }
        }
        this.dateline = dateline(sentences, mentions);
    }

    /**
     * Counts a mention as evidence: an official's title twice, a state or institution once, and neither when a
     * preposition puts it where things happen or are aimed ("strikes in Venezuela", "action against Venezuela").
     */
    private void count(Mention m, boolean afterPreposition) {
        Actor a = m.actor();
        boolean titled = m.kind() == Mention.Kind.TITLED || m.kind() == Mention.Kind.DESCRIBED;
        if (!afterPreposition) {
            weight.merge(a.country(), titled && a.official() ? OFFICIAL_WEIGHT : 1, Integer::sum);
        }
        if (a.isPerson() && a.role() != null && a.official() && !m.group()) {
            String office = OfficeHolders.office(a.role());
            if (m.kind() == Mention.Kind.DESCRIBED && a.origin() == Actor.Origin.DESCRIBED) {
                byOffice.computeIfAbsent(office, o -> new TreeSet<>()).add(a.country());
                // "Iran's ambassador to Malaysia ... Ambassador Valiollah Mohammadi Nasrabadi": the office without its post
                int post = office.indexOf(" to ");
                if (post > 0) {
                    byOffice.computeIfAbsent(office.substring(0, post), o -> new TreeSet<>()).add(a.country());
                }
            } else {
                holderNames.computeIfAbsent(office, o -> new HashMap<>()).put(a.country(), a.name());
            }
        }
        if (a.isPerson() && m.kind() != Mention.Kind.DESCRIBED) {
            byName.computeIfAbsent(a.name(), n -> new TreeSet<>()).add(a.country());
        }
    }

    private boolean afterPreposition(Sentence sentence, Mention m) {
        return m.start() > 0 && words.contains(FunctionWords.Set.PREPOSITIONS, sentence.token(m.start() - 1).lower());
    }

    /** "Peru's Ruiz": a state's possessive right before a person gives that person the state's country. */
    private void possessor(List<Mention> sentence, int k) {
        Mention state = sentence.get(k);
        if (state.kind() != Mention.Kind.STATE || !state.possessive() || k + 1 >= sentence.size()) {
            return;
        }
        Mention next = sentence.get(k + 1);
        if (next.start() == state.end() + 1 && next.actor() != null && next.actor().isPerson() && !next.group()) {
            byName.computeIfAbsent(next.actor().name(), n -> new TreeSet<>()).add(state.actor().country());
        }
    }

    /**
     * "Iran has again denied it, with Ambassador to Armenia Khalil Shirgholami claiming ...": an official of no country
     * in a clause that a comma and "with" open acts for the state the sentence opens with.
     */
    private void actsForTheSubjectState(Sentence sentence, List<Mention> mentions) {
        if (mentions.isEmpty() || mentions.get(0).kind() != Mention.Kind.STATE || mentions.get(0).possessive()
                || mentions.get(0).start() > 1) {
            return;
        }
        CountryCode state = mentions.get(0).actor().country();
        for (Mention m : mentions.subList(1, mentions.size())) {
            Actor a = m.actor();
            boolean opened = m.start() >= 2 && words.contains(FunctionWords.Set.ABSOLUTE_OPENERS, sentence.token(m.start() - 1).lower())
                    && sentence.token(m.start() - 2).text().equals(",");
            if (opened && a != null && a.isPerson() && a.official() && a.country() == null && !m.group()) {
                byName.computeIfAbsent(a.name(), n -> new TreeSet<>()).add(state);
            }
        }
    }

    /**
     * "Mohamed Javad Hosseini, the Deputy Chief of Mission, said ... The Iranian diplomat's comments come after ...": a
     * definite description with a country gives it to the person of no country it refers back to, the latest one
     * whose office it fits, named at most {@link #DESCRIPTION_REACH} paragraphs before. A person of that country who
     * fits it is who it means, and gives nothing.
     */
    private void describedBack(Mention m, int paragraph) {
        if (m.kind() != Mention.Kind.DESCRIBED || m.anaphor() == null || m.group()
                || !words.contains(FunctionWords.Set.ANAPHORIC_DETERMINERS, m.leadingWord())) {
            return;
        }
        CountryCode country = m.actor().country();
        for (int i = people.size() - 1; i >= 0 && people.get(i).paragraph() >= paragraph - DESCRIPTION_REACH; i--) {
            Actor before = people.get(i).actor();
            if (!m.anaphor().acceptsFromAnyCountry(before, false) || (before.country() != null && !before.country().equals(country))) {
                continue;
            }
            if (before.country() == null) {
                byName.computeIfAbsent(before.name(), n -> new TreeSet<>()).add(country);
            }
            return;
        }
    }

    /** "Mudavadi said he had reached out to his counterpart in Kinshasa, X": the person before is not of X's country. */
    private void counterpart(List<Mention> sentence, int k) {
        Actor counterpart = sentence.get(k).actor();
        if (!counterpart.isPerson() || counterpart.role() == null
                || !words.contains(FunctionWords.Set.COUNTERPARTS, counterpart.role().toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int j = k - 1; j >= 0; j--) {
            Actor before = sentence.get(j).actor();
            if (before != null && before.isPerson() && !sentence.get(j).group() && !before.equals(counterpart)) {
                counterpartOf.computeIfAbsent(before.name(), n -> new TreeSet<>()).add(counterpart.country());
                return;
            }
        }
    }

    /**
     * The country the document points to for an official: the same office elsewhere, a dateline, its subject. A
     * dateline never places an official posted abroad (an ambassador in New Delhi speaks for another country).
     */
    CountryCode fromDocument(Actor official) {
        Set<CountryCode> excluded = excluded(official);
        if (dateline != null && postedAbroad(official)) {
            excluded.add(dateline);
        }
        CountryCode country = sole(byOffice.get(OfficeHolders.office(official.role())), excluded);
        if (country == null && dateline != null && !excluded.contains(dateline)) {
            country = dateline;
        }
        return country != null ? country : dominant(excluded);
    }

    private boolean postedAbroad(Actor official) {
        String role = official.role() == null ? "" : official.role().toLowerCase(Locale.ROOT);
        return Arrays.stream(role.split("[ ']")).anyMatch(w -> words.contains(FunctionWords.Set.POSTED_ABROAD_ROLES, w));
    }

    /** The country the document is about by its dateline or, failing one, by the weight of its evidence. */
    CountryCode aboutCountry() {
        return dateline != null ? dateline : dominant(Set.of());
    }

    /** The country of the same person named elsewhere with one ("Peru's Ruiz", "Peruvian President Ana Ruiz"). */
    CountryCode samePerson(Actor official) {
        if (official.origin() != Actor.Origin.LEARNED) {
            return null;
        }
        // the full name, or one word of it named alone ("Peru's Ruiz"); never another person who shares a word of it
        Set<CountryCode> countries = new TreeSet<>(byName.getOrDefault(official.name(), Set.of()));
        for (String word : official.name().split(" ")) {
            countries.addAll(byName.getOrDefault(word, Set.of()));
        }
        return sole(countries, Set.of());
    }

    /** The countries whose holder of this office is someone else, as the document or the knowledge base says. */
    private Set<CountryCode> excluded(Actor official) {
        Set<CountryCode> excluded = new HashSet<>(counterpartOf.getOrDefault(official.name(), Set.of()));
        holderNames.getOrDefault(OfficeHolders.office(official.role()), Map.of()).forEach((country, name) -> {
            if (!name.equals(official.name())) {
                excluded.add(country);
            }
        });
        for (CountryCode country : weight.keySet()) {
            Actor holder = holders.soleHolder(country, official.role());
            if (holder != null && !holder.name().equals(official.name())) {
                excluded.add(country);
            }
        }
        return excluded;
    }

    private CountryCode sole(Set<CountryCode> countries, Set<CountryCode> excluded) {
        if (countries == null) {
            return null;
        }
        List<CountryCode> left = countries.stream().filter(c -> !excluded.contains(c)).toList();
        return left.size() == 1 ? left.get(0) : null;
    }

    /**
     * The country the document is about among those the official may belong to: the most evidence, at least
     * {@link #LEAST_DOMINANCE}, well ahead of any other such country.
     */
    private CountryCode dominant(Set<CountryCode> excluded) {
        CountryCode best = null;
        int bestWeight = 0;
        int next = 0;
        for (Map.Entry<CountryCode, Integer> e : weight.entrySet()) {
            if (excluded.contains(e.getKey())) {
                continue;
            }
            if (e.getValue() > bestWeight) {
                next = bestWeight;
                best = e.getKey();
                bestWeight = e.getValue();
            } else {
                next = Math.max(next, e.getValue());
            }
        }
        return bestWeight >= LEAST_DOMINANCE && bestWeight >= LEAD_FACTOR * next ? best : null;
    }

    /**
     * The country of a dateline at the top of the document: a place name, maybe with its country, then a
     * dash, a colon or an agency in brackets ("LIMA (Reuters) –", "CAIRO:", "Mexico City, Mexico -").
     */
    private CountryCode dateline(List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int s = 0; s < Math.min(DATELINE_SENTENCES, sentences.size()); s++) {
            Sentence sentence = sentences.get(s);
            int mark = -1;
            for (int k = 1; k < Math.min(DATELINE_TOKENS + 1, sentence.size()); k++) {
                if (words.contains(FunctionWords.Set.DATELINE_MARKS, sentence.token(k).text())) {
                    mark = k;
                    break;
                }
                if (!sentence.token(k).isCapitalized() && !sentence.token(k).text().equals(",")) {
                    break;
                }
            }
            CountryCode country = null;
            for (Mention m : mentions.get(s)) {
                if (mark > 0 && m.kind() == Mention.Kind.STATE && m.end() <= mark) {
                    country = m.actor().country();
                }
            }
            if (country != null && sentence.token(0).isCapitalized()) {
                return country;
            }
        }
        return null;
    }
}
