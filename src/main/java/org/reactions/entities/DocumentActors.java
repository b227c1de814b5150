package org.reactions.entities;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.Token;

/**
 * The actors one document has taught the tool ("Brigadier General Yadollah Javani, the deputy ... at Iran's
 * IRGC"), so that later mentions by surname ("Javani said") find them. Lives for one document.
 */
final class DocumentActors {
    private static final Actor AMBIGUOUS = new Actor("?", null, ActorType.PERSON, null, false, Actor.Origin.UNKNOWN);
    /** the token positions a sentence spans in the notes of where a person is named (sentence × this + token) */
    private static final long SENTENCE_TOKENS = 100_000;

    private final Map<String, Actor> byName = new LinkedHashMap<>(); // in the order learned: the latest holder of an office wins
    private final Map<String, Actor> bySurname = new HashMap<>();
    private final Map<String, Actor> byGivenName = new HashMap<>();
    /**
     * for each surname learned, the people known by it in the order first named, with where each was named (sentence ×
     * {@link #SENTENCE_TOKENS} + token)
     */
    private final Map<String, Map<Actor, TreeSet<Long>>> bearers = new HashMap<>();
    /** the surnames each person is known by, by full name, so that a mention of them notes where they were named */
    private final Map<String, Set<String>> surnamesOf = new HashMap<>();
    /** the sentence read now, counted from 0 in each pass over the document */
    private int sentence = -1;
    /** an office of a country named without its holder, in this sentence or the one before, or null */
    private Actor unnamedOffice;
    private int sentencesSinceOffice;
    /** the country of the last state or state institution of the sentence before, or null */
    private CountryCode latestState;
    /** the country of the label line above the sentence, and of the list item the sentence belongs to, or null */
    private CountryCode lineLabel;
    private CountryCode itemLabel;
    /** the paragraph of the sentence before */
    private int labelParagraph = -1;

    /**
     * Remembers an actor under its full name, the last two words or more of it, and its surname (the first word for
     * family-name-first countries, whose last word, the given name, is kept apart for a title before it).
     */
    void learn(String[] nameTokens, Actor actor, boolean familyNameFirst) {
        byName.put(String.join(" ", nameTokens), actor);
        for (int k = 1; k + 2 <= nameTokens.length && !familyNameFirst; k++) { // "Rodríguez Parrilla" of "Bruno Rodríguez Parrilla"
            if (Token.isCapitalized(nameTokens[k])) {
                byName.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(nameTokens, k, nameTokens.length)), actor);
            }
        }
        if (nameTokens.length > 1 && familyNameFirst) {
            index(nameTokens[0], actor);
            // news abroad often takes the given name for the family name: "spokeswoman Ning said" of "Mao Ning"
            byGivenName.merge(nameTokens[nameTokens.length - 1], actor, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        } else if (nameTokens.length > 1) {
            // every capitalised word after the given name may be the one news uses later: "Lula" of "Luiz Inácio
            // Lula da Silva", "Sheinbaum" of "Claudia Sheinbaum Pardo"
            for (int k = 1; k < nameTokens.length; k++) {
                if (Token.isCapitalized(nameTokens[k])) {
                    index(nameTokens[k], actor);
                }
            }
        }
    }

    private void index(String surname, Actor actor) {
        bearers.computeIfAbsent(surname, k -> new LinkedHashMap<>()).computeIfAbsent(actor, k -> new TreeSet<>());
        surnamesOf.computeIfAbsent(actor.name(), k -> new java.util.HashSet<>()).add(surname);
        Actor previous = bySurname.get(surname);
        // the same person, read as a stranger before the document gave their office, is the official
        boolean known = previous != null && previous.name().equals(actor.name()) && previous.origin() == Actor.Origin.UNKNOWN;
        if (previous == null || previous.equals(actor) || known) {
            bySurname.put(surname, actor);
        } else if (!previous.name().equals(actor.name())) {
            bySurname.put(surname, AMBIGUOUS);
        }
    }

    Actor named(String fullName) {
        return byName.get(fullName);
    }

    Actor bySurname(String surname) {
        Actor actor = bySurname.get(surname);
        return actor == AMBIGUOUS ? latestBearer(surname) : actor;
    }

    /** Notes where the people a sentence names are named, by sentence and token, for a surname they may share with another. */
    void mentioned(List<Mention> mentions) {
        for (Mention m : mentions) {
            Actor a = m.actor();
            for (String surname : a == null || m.group() ? Set.<String>of() : surnamesOf.getOrDefault(a.name(), Set.of())) {
                bearers.get(surname).entrySet().stream().filter(e -> e.getKey().name().equals(a.name()))
                        .forEach(e -> e.getValue().add(sentence * SENTENCE_TOKENS + Math.min(m.start(), SENTENCE_TOKENS - 1)));
            }
        }
    }

    /**
     * Of the people who share a surname, the one named last in the sentences before ("Foreign Minister Wang Yi ... Wang
     * Jin, a professor, said ... Wang said" is Wang Jin); of two named last in one sentence, the first ("Mojtaba
     * Khamenei, who succeeded his father Ali Khamenei, ... Khamenei added"); null when none was named before.
     */
    private Actor latestBearer(String surname) {
        Actor latest = null;
        long latestAt = -1;
        for (Map.Entry<Actor, TreeSet<Long>> bearer : bearers.getOrDefault(surname, Map.of()).entrySet()) {
            Long last = bearer.getValue().lower(sentence * SENTENCE_TOKENS);
            if (last == null) {
                continue;
            }
            long lastSentence = last / SENTENCE_TOKENS;
            long firstToken = bearer.getValue().ceiling(lastSentence * SENTENCE_TOKENS) % SENTENCE_TOKENS;
            long at = lastSentence * SENTENCE_TOKENS + SENTENCE_TOKENS - 1 - firstToken; // the later sentence, then the earlier token
            if (at > latestAt) {
                latest = bearer.getKey();
                latestAt = at;
            }
        }
        Actor named = latest == null ? null : byName.get(latest.name());
        return named != null && named != AMBIGUOUS ? named : latest;
    }

    /**
     * The person a surname alone stands for when the knowledge base knows someone by it: the one person of that
     * surname the document names, if another ("Mojtaba Khamenei ... Khamenei said" is not Ali Khamenei; but "Diaz-Canel"
     * named so is still the known "Díaz-Canel"), else the known one.
     */
    Actor surnameOf(String surname, Actor known) {
        Actor named = bySurname(surname);
        boolean same = named != null && NameSimilarity.fold(named.name()).equals(NameSimilarity.fold(known.name()));
        boolean other = named != null && named.isPerson() && !same;
        return other || (same && !named.official()) ? named : known; // also the known person the document says is out of office
    }

    /** The person a single name word stands for, by surname first, else by a family-name-first person's given name. */
    Actor byEitherName(String word) {
        Actor bySurname = bySurname(word);
        return bySurname != null ? bySurname : byGivenName(word);
    }

    /**
     * The one person of a family-name-first country named before whose given name this is, which news abroad takes
     * for a surname after a title ("spokeswoman Ning" of Mao Ning); null when none or several.
     */
    Actor byGivenName(String givenName) {
        Actor actor = byGivenName.get(givenName);
        return actor == AMBIGUOUS ? null : actor;
    }

    /**
     * The person the document last named with this office of this country ("Kenyan Foreign Minister Grace Otieno"),
     * whom the office named alone later means, whoever the knowledge base says holds it; or null.
     */
    Actor holderNamed(CountryCode country, String role) {
        String office = OfficeHolders.office(role);
        Actor holder = null;
        for (Actor a : byName.values()) {
            if (a.isPerson() && a.official() && country.equals(a.country()) && a.role() != null
                    && OfficeHolders.office(a.role()).equals(office)) {
                holder = a;
            }
        }
        return holder;
    }

    Set<String> surnames() {
        return bySurname.keySet();
    }

    /** Replaces an actor everywhere by a better-described one (an appositive gave it a role or country). */
    void refine(Actor old, Actor better) {
        byName.replaceAll((name, actor) -> actor.equals(old) ? better : actor);
        bySurname.replaceAll((name, actor) -> actor.equals(old) ? better : actor);
        byGivenName.replaceAll((name, actor) -> actor.equals(old) ? better : actor);
    }

    /** The current description of an actor learned earlier. */
    Actor current(Actor actor) {
        for (Actor known : byName.values()) {
            if (known.name().equals(actor.name()) && known.origin() == actor.origin()) {
                return known;
            }
        }
        return actor;
    }

    /**
     * Notes an office named without its holder, one official ("Cuba's deputy foreign minister denied ..."): a new name that opens
     * this sentence or the next and acts may be its holder ("Carlos Fernández de Cossío told ...").
     */
    void officeNamed(Actor office, boolean plural) {
        if (office.origin() == Actor.Origin.DESCRIBED && office.official() && !plural) {
            unnamedOffice = office;
            sentencesSinceOffice = 0;
        }
    }

    /** Reads the document again from its first sentence (the names learned stay). */
    void rewind() {
        sentence = -1;
        unnamedOffice = null;
        lineLabel = null;
        itemLabel = null;
        labelParagraph = -1;
    }

    /**
     * Notes the list item a sentence belongs to ({@link ItemLabels}): a label line that opens its paragraph labels the
     * paragraphs after it, up to another label or a heading; a label that opens the sentence labels the sentence alone.
     */
    void labelled(CountryCode line, CountryCode opening, boolean heading, int paragraph) {
        CountryCode ownLine = paragraph != labelParagraph ? line : null; // "Who gains? Iran." is no label line
        labelParagraph = paragraph;
        if (ownLine != null || heading || opening != null) {
            lineLabel = ownLine;
        }
        itemLabel = ownLine != null ? null : opening != null ? opening : lineLabel;
    }

    /** The country of the list item the sentence belongs to, or null. */
    CountryCode itemLabel() {
        return itemLabel;
    }

    /** A new sentence: an office named two sentences back no longer waits for its holder. */
    void nextSentence() {
        sentence++;
        if (++sentencesSinceOffice > 1) {
            unnamedOffice = null;
        }
    }

    /**
     * Notes the state or state institution of a sentence that "its" in the next one may refer to: the one that opens
     * it as its subject ("Iran condemned the US strikes. Its foreign ministry said" is Iran's), else the last one named;
     * or none.
     */
    void statesNamed(List<Mention> sentence) {
        latestState = null;
        for (Mention m : sentence) {
            CountryCode state = stateOf(m);
            latestState = state != null ? state : latestState;
        }
        Mention first = sentence.isEmpty() ? null : sentence.get(0);
        CountryCode subject = first != null && first.start() <= 1 && !first.possessive() ? stateOf(first) : null;
        latestState = subject != null ? subject : latestState;
    }

    /** The state or state institution of the sentence before, or null. */
    CountryCode latestState() {
        return latestState;
    }

    /** The country of a state or an official institution mentioned, which "its" may refer to; else null. */
    static CountryCode stateOf(Mention m) {
        boolean state = m.kind() == Mention.Kind.STATE || (m.kind() == Mention.Kind.INSTITUTION && m.actor().official());
        return state && !m.group() ? m.actor().country() : null;
    }

    /** The office waiting for its holder, which the caller's name now holds; null when none waits. */
    Actor takeUnnamedOffice() {
        Actor office = unnamedOffice;
        unnamedOffice = null;
        return office;
    }
}
