package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;

import java.util.Map;
import java.util.Optional;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.Token;

/**
 * Capitalised names the knowledge base does not hold as written: a person the document introduced (maybe named by
 * surname alone), a misspelling of someone known ("Araguchi"), a stranger who shares a known official's family name
 * ("Li Wei"), or an unknown name, which counts only where it acts ("Smagin said") or is described ("Smagin, an
 * expert"); and the person a name after a title stands for.
 */
final class UnknownNames {
    private final Map<CountryCode, Country> countries;
    private final NameMatcher matcher;
    private final DocumentActors learned;
    private final DatedArchive archive;

    UnknownNames(Map<CountryCode, Country> countries, NameMatcher matcher, DocumentActors learned, DatedArchive archive) {
        this.archive = archive;
        this.countries = countries;
        this.matcher = matcher;
        this.learned = learned;
    }

    /**
     * The actor and kind of the name at tokens [start, end) of a phrase starting at i, or null when it is no one;
     * {@code before} is the mention before the phrase, or null.
     */
    Mention read(SentenceWords w, int i, int start, int end, Mention before) {
        String[] words = w.words(start, end);
        String full = String.join(" ", words);
        Actor actor = learned.named(full);
        if (words.length == 1 && (actor == null || actor.origin() == Actor.Origin.UNKNOWN)) {
            // "Ruiz condemns" in a headline is the President Ana Ruiz the body introduces, not a stranger named Ruiz; and
            // "Yi said", as news abroad may write it, is the Wang Yi named before
            Actor introduced = learned.byEitherName(full);
            actor = introduced != null ? introduced : actor;
        }
        // a knowledge-base person reaches this point only under a spelling the knowledge base does not list
        Mention.Kind kind = actor == null ? Mention.Kind.NAME : actor.type() == ActorType.INSTITUTION ? Mention.Kind.INSTITUTION
                : switch (actor.origin()) {
            case UNKNOWN -> Mention.Kind.UNKNOWN;
            case KNOWLEDGE_BASE -> Mention.Kind.FUZZY;
            default -> Mention.Kind.NAME;
        };
        boolean nameLike = looksLikeAName(w, i, start);
        if (actor == null && (nameLike || standsAlone(w, i, start))) {
            // a misspelt surname of someone the document introduced, whatever the tagger made of it ("Gholampour/PRON")
            Optional<Actor> similar = similarToLearned(words[words.length - 1]);
            if (similar.isEmpty() && nameLike) {
                similar = words.length == 1 ? matcher.surname(full) : matcher.titled(words, null, null);
            }
            if (similar.isPresent()) {
                actor = similar.get();
                kind = Mention.Kind.FUZZY;
                learned.learn(words, actor, familyNameFirst(actor.country()));
            }
        }
        if (actor == null && words.length > 1) { // not known, nor a misspelling of someone known: the archive, as of the document's date
            actor = archive.on(words).orElse(null);
            if (actor != null) {
                kind = Mention.Kind.NAME;
                learned.learn(words, actor, familyNameFirst(actor.country()));
            }
        }
        CountryCode people = actor == null && words.length == 1 ? peopleOf(full) : null;
        if (people != null) { // "Iranians", "Malaysians": a country's people, never one person a pronoun may mean
            Actor citizens = new Actor(full, "citizens", ActorType.PERSON, people, false, Actor.Origin.DESCRIBED);
            return new Mention(i, end, w.text(i, end), citizens, null, Mention.Kind.DESCRIBED, true, w.isPossessive(end));
        }
        if (actor == null) {
            boolean appositive = end < w.size() && w.token(end).text().equals(",");
            // "Ali Vaez of the International Crisis Group said": a person (a given name first) of an organisation; not "Kharg
            // Island in the Persian Gulf was struck"
            int verb = words.length > 1 && matcher.isGivenName(words[0]) ? w.afterOrganisation(w.afterBrackets(end)) : w.afterBrackets(end);
            if (!w.nextIsVerb(verb) && (words.length == 1 || !appositive)) {
                return null;
            }
            boolean statesOwn = words.length > 1 && before != null && before.kind() == Mention.Kind.STATE && before.possessive()
                    && before.end() == i - 1; // "Colombia's Gustavo Petro said": the way news names a state's leader
            Actor office = statesOwn ? null : heldOffice(w, i, end, words.length, appositive);
            actor = statesOwn ? new Actor(full, null, ActorType.PERSON, before.actor().country(), true, Actor.Origin.LEARNED)
                    : office != null ? new Actor(full, office.role(), ActorType.PERSON, office.country(), true, Actor.Origin.LEARNED)
                    : new Actor(full, null, ActorType.PERSON, null, false, Actor.Origin.UNKNOWN);
            learned.learn(words, actor, actor.official() ? familyNameFirst(actor.country()) : romanised(w, start, words));
            kind = actor.official() ? Mention.Kind.NAME : Mention.Kind.UNKNOWN;
        }
        return new Mention(i, end, w.text(i, end), actor, null, kind, false, w.isPossessive(end));
    }

    /**
     * The office named before without its holder that a new name of {@code words} words opening the sentence holds
     * ("Cuba's deputy foreign minister denied ... . Carlos Fernández de Cossío told ..."), or null; not a name described
     * right after it ("Wang Kejian, the head of the ministry's department, stressed"), who has an office of its own.
     */
    private Actor heldOffice(SentenceWords w, int i, int end, int words, boolean appositive) {
        boolean described = appositive && w.is(DETERMINERS, end + 1);
        return !described && words > 1 && i == 0 ? learned.takeUnnamedOffice() : null;
    }

    /**
     * The person a name after a title stands for: known, learned earlier, a misspelling of someone known, one the
     * archive knows, or new.
     */
    Actor titled(SentenceWords w, int start, int end, CountryCode country, Title title, boolean official) {
        String[] name = w.words(start, end);
        String full = String.join(" ", name);
        Actor earlier = learned.named(full);
        if (earlier == null && name.length == 1) { // "President Ruto" is the President William Ruto named before
            earlier = learned.bySurname(full);
            earlier = earlier == null ? learned.byGivenName(full) : earlier; // "spokeswoman Ning" of Mao Ning
        }
        if (earlier != null && (country == null || country.equals(earlier.country()))) {
            return earlier;
        }
        Optional<Actor> known = matcher.titled(name, country, title);
        if (known.isEmpty() && country == null) { // "President Hosni Mubarak": the archive knows whose president
            known = archive.on(name).map(a -> new Actor(full, title.role(), ActorType.PERSON, a.country(), official, Actor.Origin.ARCHIVE));
        }
        Actor person = known.orElseGet(() -> new Actor(full, title.role(), ActorType.PERSON, country, official, Actor.Origin.LEARNED));
        learned.learn(name, person, familyNameFirst(person.country()));
        return person;
    }

    /**
     * "Li Hua", "Wang Jin, a professor": a known official's one-word family name ("Li" of Li Qiang) followed by a
     * romanised given name is someone else, the person of that full name the document named, or a stranger; null
     * when the word after it is no given name (a place, a title, a headline's verb).
     */
    Mention sharingFamilyName(SentenceWords w, int i, Lexeme familyName, Actor known, Mention before) {
        int given = familyName.end();
        if (!givenNameAfter(w, familyName, known)) {
            return null;
        }
        Lexeme after = w.lexeme(given);
        if (after != null && after.readings().stream().anyMatch(r -> !(r instanceof Lexeme.Known k && k.actor().isPerson()))) {
            return null;
        }
        Actor introduced = learned.named(w.text(familyName.start(), given + 1));
        return introduced != null && introduced.isPerson()
                ? new Mention(i, given + 1, w.text(i, given + 1), introduced, null, Mention.Kind.NAME, false, w.isPossessive(given + 1))
                : read(w, i, familyName.start(), given + 1, before);
    }

    /**
     * Whether a romanised given name ("Wei", "Kejian") follows a known official's one-word family name ("Li" of Li Qiang):
     * the two are someone else's name.
     */
    boolean givenNameAfter(SentenceWords w, Lexeme familyName, Actor known) {
        int given = familyName.end();
        return given - familyName.start() == 1 && given < w.size() && familyNameFirst(known.country()) && w.readsAsGivenName(given);
    }

    /**
     * Whether a stranger's name reads as romanised Chinese, written family name first: after a known official's family
     * name or before a given name of two syllables ("Wang Huiyao", "Lou Qinjian"); not "Tong Zhao" or "Nan Li", written
     * the Western way.
     */
    private boolean romanised(SentenceWords w, int start, String[] words) {
        int given = words.length == 2 && w.readsAsGivenName(start) ? w.syllables(start + 1) : 0;
        return given == 2 || (given == 1 && matcher.isFamilyNameFirst(words[0]));
    }

    /**
     * Whether a capitalised word at {@code start} stands where a person's name can ("Araguchi said"), not inside a
     * title or a name of something else ("the UN Charter"), before it is compared with known names.
     */
    private static boolean looksLikeAName(SentenceWords w, int phraseStart, int start) {
        if (phraseStart != start) {
            return false; // a determiner before it: "the Charter"
        }
        if (w.modelName(start)) {
            return true;
        }
        if (!standsAlone(w, phraseStart, start)) {
            return false; // part of a longer name: "UN Charter"
        }
        return w.token(start).tag() == null || w.token(start).hasTag("PROPN") || (start == 0 && w.nextIsVerb(start + 1));
    }

    /**
     * Whether the name at {@code start} opens its phrase (no determiner before it: "the Charter") and is no part of a
     * longer name ("UN Charter").
     */
    private static boolean standsAlone(SentenceWords w, int phraseStart, int start) {
        return phraseStart == start && (start == 0 || !w.token(start - 1).isCapitalized());
    }

    /** The country whose demonym this word is the plural of ("Malaysians"), or null. */
    private CountryCode peopleOf(String word) {
        if (!word.endsWith("s")) {
            return null;
        }
        String singular = word.substring(0, word.length() - 1);
        for (Country c : countries.values()) {
            if (c.demonyms().contains(singular)) {
                return c.code();
            }
        }
        return null;
    }

    /**
     * Whether the word at j, which the tagger took for no name ("Gholampour/PRON noted"), misspells the surname of an
     * official the document introduced: it stands alone, acts (a verb follows), and is no common noun, verb or
     * adjective ("Sharia courts ruled" is not "Sharif").
     */
    boolean misspeltIntroduced(SentenceWords w, int phraseStart, int j) {
        Token t = w.token(j);
        boolean common = t.hasTag("NOUN") || t.hasTag("VERB") || t.hasTag("ADJ");
        return !common && standsAlone(w, phraseStart, j) && w.nextIsVerb(j + 1) && similarToLearned(t.text()).isPresent();
    }

    /** The official the document introduced whose surname this word is a misspelling of. */
    private Optional<Actor> similarToLearned(String word) {
        if (word.length() < NameMatcher.SHORTEST) {
            return Optional.empty();
        }
        String folded = NameSimilarity.fold(word);
        Actor best = null;
        double bestScore = 0;
        for (String surname : learned.surnames()) {
            String known = NameSimilarity.fold(surname);
            if (Math.abs(known.length() - folded.length()) > NameMatcher.LENGTH_DIFFERENCE) {
                continue;
            }
            double similarity = NameSimilarity.jaroWinkler(folded, known);
            Actor actor = learned.bySurname(surname);
            boolean similarEnough = similarity >= NameMatcher.ALONE
                    || (similarity >= NameMatcher.ALONE_SAME_INITIAL && folded.charAt(0) == known.charAt(0));
            if (actor != null && actor.official() && similarity > bestScore && similarEnough) {
                best = actor;
                bestScore = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    boolean familyNameFirst(CountryCode country) {
        Country c = country == null ? null : countries.get(country);
        return c != null && c.familyNameFirst();
    }
}
