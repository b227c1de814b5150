package org.reactions.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Sentence;

/**
 * Places the officials a document names with a title but no country ("President Ana Ruiz", "a military
 * spokesman") by the document's own evidence, in this order: the same person named elsewhere with a country
 * ("Peru's Ruiz"), the same office with a country and no other holder ("Peru's president"), a dateline ("LIMA
 * (Reuters) –"), and the country the article is about (the one its officials' titles, its capital and its state
 * mentions point to, clearly ahead of any other). A country whose holder of the same office the document or the
 * knowledge base names as someone else is never given. Without evidence the official keeps no country. The
 * actors placed get the origin {@link Actor.Origin#INFERRED}.
 */
final class CountryInference {
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

    private final OfficeHolders holders;
    private final FunctionWords words;

    CountryInference(OfficeHolders holders, FunctionWords words) {
        this.holders = holders;
        this.words = words;
    }

    /** The mentions with every official who lacks a country placed where the evidence allows. */
    List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions) {
        Map<Actor, Integer> named = new LinkedHashMap<>(); // the officials to place, with how often each is named
        Set<Actor> owned = new HashSet<>();
        for (int s = 0; s < mentions.size(); s++) {
            for (Mention m : mentions.get(s)) {
                if (needsCountry(m)) {
                    named.merge(m.actor(), 1, Integer::sum);
                    if (afterPossessive(sentences.get(s), m)) {
                        owned.add(m.actor());
                    }
                }
            }
        }
        if (named.isEmpty()) {
            return mentions;
        }
        Map<Actor, Actor> placed = placeAll(new Evidence(sentences, mentions), named, owned);
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (List<Mention> sentence : mentions) {
            out.add(sentence.stream().map(m -> placed.containsKey(m.actor()) ? m.withActor(placed.get(m.actor())) : m).toList());
        }
        return out;
    }

    /**
     * Places each official. One whose title hangs on a possessive ("its leader X", "his spokesman") belongs to
     * whatever that refers to, so only evidence about the person places it. Two people never hold one office of
     * one country: where the document's evidence gives them the same one, the person placed by evidence about
     * themselves keeps it, else the one named most, else neither.
     */
    private Map<Actor, Actor> placeAll(Evidence evidence, Map<Actor, Integer> named, Set<Actor> owned) {
        Map<Actor, Actor> placed = new HashMap<>();
        Map<String, List<Actor>> holders = new HashMap<>();
        Set<Actor> ownEvidence = new HashSet<>();
        for (Actor official : named.keySet()) {
            String country = evidence.samePerson(official);
            if (country != null) {
                ownEvidence.add(official);
            } else if (!owned.contains(official)) {
                country = evidence.fromDocument(official);
            }
            if (country != null) {
                placed.put(official, new Actor(official.name(), official.role(), official.type(), country,
                        official.official(), Actor.Origin.INFERRED));
                holders.computeIfAbsent(country + "\t" + office(official.role()), k -> new ArrayList<>()).add(official);
            }
        }
        for (List<Actor> rivals : holders.values()) {
            if (rivals.size() < 2) {
                continue;
            }
            rivals.sort(Comparator.comparing((Actor a) -> ownEvidence.contains(a)).thenComparing(named::get).reversed());
            Actor first = rivals.get(0);
            Actor second = rivals.get(1);
            boolean tie = ownEvidence.contains(first) == ownEvidence.contains(second) && named.get(first).equals(named.get(second));
            rivals.subList(tie ? 0 : 1, rivals.size()).forEach(placed::remove);
        }
        return placed;
    }

    /** Whether a possessive stands right before a mention ("its leader", "Wang's foreign minister"). */
    private boolean afterPossessive(Sentence sentence, Mention m) {
        if (m.start() == 0) {
            return false;
        }
        String before = sentence.token(m.start() - 1).lower();
        return words.contains(FunctionWords.Set.POSSESSIVE_DETERMINERS, before) || before.equals("'s");
    }

    /**
     * An official with a title and no country: a person named with one, or a single unnamed official introduced
     * as one ("a military spokesman"; not "Wang's foreign minister", whose country is his superior's).
     */
    private boolean needsCountry(Mention m) {
        Actor a = m.actor();
        if (a == null || a.country() != null || !a.official() || !a.isPerson() || a.role() == null || m.group()) {
            return false;
        }
        String first = m.text().substring(0, Math.max(0, m.text().indexOf(' '))).toLowerCase(Locale.ROOT);
        return a.origin() == Actor.Origin.LEARNED
                || (a.origin() == Actor.Origin.DESCRIBED && words.contains(FunctionWords.Set.DETERMINERS, first));
    }

    private static String office(String role) {
        return role.replaceAll("\\s*\\(.*\\)", "").toLowerCase(Locale.ROOT);
    }

    /** What one document says about countries, gathered once. */
    private final class Evidence {
        /** each word of the name of a person with a country, with the countries such persons have */
        private final Map<String, Set<String>> byNameWord = new HashMap<>();
        /** an office with a country and no holder named ("Peru's president") */
        private final Map<String, Set<String>> byOffice = new HashMap<>();
        /** the people with a country and an office, by office and country */
        private final Map<String, Map<String, String>> holderNames = new HashMap<>();
        private final Map<String, Integer> weight = new TreeMap<>();
        private final String dateline;

        Evidence(List<Sentence> sentences, List<List<Mention>> mentions) {
            for (int s = 0; s < mentions.size(); s++) {
                List<Mention> sentence = mentions.get(s);
                for (int k = 0; k < sentence.size(); k++) {
                    Mention m = sentence.get(k);
                    if (m.actor() != null && m.actor().country() != null) {
                        count(m, afterPreposition(sentences.get(s), m));
                        possessor(sentence, k);
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
                if (m.kind() == Mention.Kind.DESCRIBED && a.origin() == Actor.Origin.DESCRIBED) {
                    byOffice.computeIfAbsent(office(a.role()), o -> new TreeSet<>()).add(a.country());
                } else {
                    holderNames.computeIfAbsent(office(a.role()), o -> new HashMap<>()).put(a.country(), a.name());
                }
            }
            if (a.isPerson() && m.kind() != Mention.Kind.DESCRIBED) {
                for (String word : a.name().split(" ")) {
                    byNameWord.computeIfAbsent(word, w -> new TreeSet<>()).add(a.country());
                }
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
                for (String word : next.actor().name().split(" ")) {
                    byNameWord.computeIfAbsent(word, w -> new TreeSet<>()).add(state.actor().country());
                }
            }
        }

        /** The country the document points to for an official: the same office elsewhere, a dateline, its subject. */
        String fromDocument(Actor official) {
            Set<String> excluded = excluded(official);
            String country = sole(byOffice.get(office(official.role())), excluded);
            if (country == null && dateline != null && !excluded.contains(dateline)) {
                country = dateline;
            }
            return country != null ? country : dominant(excluded);
        }

        /** The country of the same person named elsewhere with one ("Peru's Ruiz", "Peruvian President Ana Ruiz"). */
        private String samePerson(Actor official) {
            if (official.origin() != Actor.Origin.LEARNED) {
                return null;
            }
            String[] name = official.name().split(" ");
            Set<String> countries = new TreeSet<>();
            countries.addAll(byNameWord.getOrDefault(name[name.length - 1], Set.of()));
            if (name.length > 1) {
                countries.addAll(byNameWord.getOrDefault(name[0], Set.of()));
            }
            return sole(countries, Set.of());
        }

        /** The countries whose holder of this office is someone else, as the document or the knowledge base says. */
        private Set<String> excluded(Actor official) {
            Set<String> excluded = new HashSet<>();
            holderNames.getOrDefault(office(official.role()), Map.of()).forEach((country, name) -> {
                if (!name.equals(official.name())) {
                    excluded.add(country);
                }
            });
            for (String country : weight.keySet()) {
                Actor holder = holders.soleHolder(country, official.role());
                if (holder != null && !holder.name().equals(official.name())) {
                    excluded.add(country);
                }
            }
            return excluded;
        }

        private String sole(Set<String> countries, Set<String> excluded) {
            if (countries == null) {
                return null;
            }
            List<String> left = countries.stream().filter(c -> !excluded.contains(c)).toList();
            return left.size() == 1 ? left.get(0) : null;
        }

        /**
         * The country the document is about among those the official may belong to: the most evidence, at least
         * {@link #LEAST_DOMINANCE}, well ahead of any other such country.
         */
        private String dominant(Set<String> excluded) {
            String best = null;
            int bestWeight = 0;
            int next = 0;
            for (Map.Entry<String, Integer> e : weight.entrySet()) {
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
        private String dateline(List<Sentence> sentences, List<List<Mention>> mentions) {
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
                String country = null;
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
}
