package org.reactions.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;

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
    private final FunctionWords words;
    private final NationalityReader nationalities;
    private final Map<String, InstitutionKind> kinds = new HashMap<>();

    CountryInference(FunctionWords words, NationalityReader nationalities, List<InstitutionKind> kinds) {
        this.words = words;
        this.nationalities = nationalities;
        for (InstitutionKind kind : kinds) {
            this.kinds.put(kind.phrase(), kind);
        }
    }

    /**
     * The mentions with every official who lacks a country placed where the evidence allows (the knowledge base's
     * office holders as of the document's date), and every role noun
     * for an institution that nothing before it can stand for ("the foreign ministry said", first thing in an
     * article about Mexico) given the institution of the country the document is about.
     */
    List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions, OfficeHolders holders) {
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
        if (named.isEmpty() && mentions.stream().flatMap(List::stream).noneMatch(this::isInstitutionRoleNoun)) {
            return mentions; // nothing to place: most documents
        }
        Map<Actor, Actor> placed = placeAll(new CountryEvidence(sentences, mentions, holders, words), named, owned);
        List<List<Mention>> people = new ArrayList<>(mentions.size());
        for (List<Mention> sentence : mentions) {
            people.add(sentence.stream().map(m -> placed.containsKey(m.actor()) && m.actor().isPerson()
                    ? m.withActor(placed.get(m.actor())) : m).toList());
        }
        // the officials just placed are evidence of what the document is about, for its institutions
        CountryCode about = new CountryEvidence(sentences, people, holders, words).aboutCountry();
        return about == null ? people : institutions(sentences, people, about);
    }

    /** The institutions of no stated country placed in the country the document is about. */
    private List<List<Mention>> institutions(List<Sentence> sentences, List<List<Mention>> mentions, CountryCode about) {
        Set<Actor> before = new LinkedHashSet<>(); // distinct, so that a long document is not read once per role noun
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> rewritten = new ArrayList<>(mentions.get(s).size());
            for (Mention m : mentions.get(s)) {
                Mention placedMention = isUnresolvable(sentences.get(s), m, before) ? institution(m, about)
                        : needsCountry(m) && !m.actor().isPerson() ? m.withActor(institution(m.actor(), about)) : m;
                rewritten.add(placedMention);
                if (placedMention.actor() != null) {
                    before.add(placedMention.actor());
                }
            }
            out.add(rewritten);
        }
        return out;
    }

    /** "Ministry of Foreign Affairs" in Mexico is the Mexican Foreign Ministry (the knowledge base's, if it has one). */
    private Actor institution(Actor institution, CountryCode country) {
        InstitutionKind kind = kinds.get(institution.name().toLowerCase(Locale.ROOT));
        return inferred(kind == null ? institution : nationalities.institution(country, kind), country);
    }

    private static Actor inferred(Actor actor, CountryCode country) {
        return new Actor(actor.name(), actor.role(), actor.type(), country, actor.official(), Actor.Origin.INFERRED);
    }

    /**
     * "the foreign ministry said" where no institution it can refer to was named before it; a verb or a comma must
     * follow, since a noun after it makes it a modifier ("the military action") and a preposition ties it to
     * another country ("the armed forces of the United States").
     */
    private boolean isUnresolvable(Sentence sentence, Mention m, Set<Actor> before) {
        if (!isInstitutionRoleNoun(m) || m.end() >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(m.end());
        boolean day = m.end() + 2 < sentence.size() && words.contains(FunctionWords.Set.PREPOSITIONS, next.lower())
                && words.contains(FunctionWords.Set.BARE_TIME_WORDS, sentence.token(m.end() + 1).lower()) && sentence.token(m.end() + 2).isVerbal();
        boolean acts = next.isVerbal() || next.hasTag("ADV") || next.text().equals(",") || day; // "the foreign ministry on Wednesday rejected"
        return acts && before.stream().noneMatch(actor -> m.anaphor().accepts(actor, false));
    }

    /** "the foreign ministry", "the government": a role noun for one institution of a kind the lexicon knows. */
    private boolean isInstitutionRoleNoun(Mention m) {
        InstitutionKind kind = m.isAnaphor() && !m.anaphor().plural() ? kinds.get(withoutDeterminer(m.text())) : null;
        return kind != null && kind.type() == ActorType.INSTITUTION;
    }

    /** The institution of a role noun with nothing to refer to, in the country the document is about. */
    private Mention institution(Mention m, CountryCode country) {
        Actor actor = inferred(nationalities.institution(country, kinds.get(withoutDeterminer(m.text()))), country);
        return new Mention(m.start(), m.end(), m.text(), actor, null, Mention.Kind.INSTITUTION, false, m.possessive());
    }

    private String withoutDeterminer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        return space > 0 && words.contains(FunctionWords.Set.DETERMINERS, lower.substring(0, space)) ? lower.substring(space + 1) : lower;
    }

    /**
     * Places each official. One whose title hangs on a possessive ("its leader X", "his spokesman") belongs to
     * whatever that refers to, so only evidence about the person places it. Two people never hold one office of
     * one country: where the document's evidence gives them the same one, the person placed by evidence about
     * themselves keeps it, else the one named most, else neither.
     */
    private Map<Actor, Actor> placeAll(CountryEvidence evidence, Map<Actor, Integer> named, Set<Actor> owned) {
        Map<Actor, Actor> placed = new HashMap<>();
        Map<String, List<Actor>> holders = new HashMap<>();
        Set<Actor> ownEvidence = new HashSet<>();
        for (Actor official : named.keySet()) {
            if (!official.isPerson()) {
                continue; // institutions are placed once the people are
            }
            CountryCode country = evidence.samePerson(official);
            if (country != null) {
                ownEvidence.add(official);
            } else if (!owned.contains(official)) {
                country = evidence.fromDocument(official);
            }
            if (country != null) {
                placed.put(official, inferred(official, country));
                holders.computeIfAbsent(country + "\t" + OfficeHolders.office(official.role()), k -> new ArrayList<>()).add(official);
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
        if (a != null && a.type() == ActorType.INSTITUTION && a.country() == null && a.origin() == Actor.Origin.DESCRIBED) {
            return a.official(); // "the Ministry of Foreign Affairs (SRE)"
        }
        if (a == null || a.country() != null || !a.official() || !a.isPerson() || a.role() == null || m.group()) {
            return false;
        }
        return a.origin() == Actor.Origin.LEARNED
                || (a.origin() == Actor.Origin.DESCRIBED && words.contains(FunctionWords.Set.DETERMINERS, m.leadingWord()));
    }
}
