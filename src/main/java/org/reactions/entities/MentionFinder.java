package org.reactions.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;

/**
 * Reads the noun phrases that name actors in one sentence, from its dictionary matches and tags:
 * <ul>
 *   <li>a nationality or institution, titles and a name: "Chinese Foreign Minister Wang Yi", "Kremlin spokesman
 *       Dmitry Peskov", "Brigadier General Yadollah Javani" (a name not in the knowledge base is learned);</li>
 *   <li>a nationality and an institution kind: "Russia's Foreign Ministry", "the Chinese government";</li>
 *   <li>unnamed officials and offices: "Iranian officials", "a senior commander in the Revolutionary Guard",
 *       "officials in Moscow and Beijing", "Iran's foreign minister";</li>
 *   <li>appositives that describe a name: "Nikita Smagin, an expert on Iran", "China's envoy, Fu Cong,";</li>
 *   <li>names, countries, metonyms, pronouns and role nouns ("the ministry").</li>
 * </ul>
 */
final class MentionFinder {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** words that may stand between a determiner or nationality and a title without changing who is meant */
    private static final Set<String> MODIFIERS = Set.of("senior", "top", "high-ranking", "high", "ranking", "unnamed",
            "anonymous", "other", "several", "two", "three", "four", "many", "some", "various", "current", "acting", "new",
            "chief", "leading", "prominent", "veteran", "powerful", "influential", "former", "ex", "then", "retired", "outgoing");
    private static final Set<String> FORMER = Set.of("former", "ex", "then", "retired", "outgoing");
    private static final Set<String> PREPOSITIONS_OF_AFFILIATION = Set.of("in", "of", "at", "from", "for", "to", "with");
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",");
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X", "NUM");

    private final Map<String, Country> countries;
    private final NameMatcher matcher;
    private final DocumentActors learned;
    private final Map<String, Actor> holders;
    private Sentence sentence;
    private Lexeme[] lexemeAt;
    /** the words a name-finder model took for part of a person's name */
    private boolean[] modelName;

    MentionFinder(Map<String, Country> countries, NameMatcher matcher, DocumentActors learned, Map<String, Actor> holders) {
        this.countries = countries;
        this.matcher = matcher;
        this.learned = learned;
        this.holders = holders;
    }

    List<Mention> find(Sentence s, List<Lexeme> lexemes, boolean[] modelNames) {
        this.sentence = s;
        this.modelName = modelNames;
        this.lexemeAt = new Lexeme[s.size() + 1];
        for (Lexeme lexeme : lexemes) {
            lexemeAt[lexeme.start()] = lexeme;
        }
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int next = phrase(i, mentions);
            i = next > i ? next : lexemeAt[i] != null ? lexemeAt[i].end() : i + 1;
        }
        appositives(mentions);
        return mentions;
    }

    // ---------------------------------------------------------------- noun phrases

    /** Reads a noun phrase starting at token i; returns the index after it, or i when there is none. */
    private int phrase(int i, List<Mention> out) {
        Lexeme.Pronoun pronoun = lexemeAt[i] == null ? null : lexemeAt[i].find(Lexeme.Pronoun.class);
        if (pronoun != null) {
            int end = lexemeAt[i].end();
            out.add(new Mention(i, end, text(i, end), null, pronoun.anaphor(), Mention.Kind.ANAPHOR, pronoun.anaphor().plural(), false));
            return end;
        }
        int j = i;
        boolean definite = false;
        if (j < sentence.size() && DETERMINERS.contains(lower(j))) {
            definite = lower(j).equals("the");
            j++;
        }
        boolean former = false;
        int afterModifiers = j;
        while (isModifier(afterModifiers)) {
            former |= FORMER.contains(lower(afterModifiers));
            afterModifiers++;
        }
        Nationality nationality = nationality(afterModifiers);
        if (nationality != null && nationality.standalone != null) {
            Mention alone = nationality.standalone;
            out.add(new Mention(i, alone.end(), text(i, alone.end()), alone.actor(), null, alone.kind(), false, alone.possessive()));
            return alone.end();
        }
        int k = nationality == null ? afterModifiers : nationality.end;
        while (isModifier(k)) {
            former |= FORMER.contains(lower(k));
            k++;
        }
        Lexeme titleLexeme = lexemeAt[k];
        if (titleLexeme != null && titleLexeme.has(Lexeme.TitleWord.class)) {
            return titled(i, k, definite, former, nationality, out);
        }
        if (nationality != null && nationality.institution != null) {
            Actor institution = nationality.institution;
            Mention.Kind how = institution.type() == ActorType.STATE ? Mention.Kind.STATE : Mention.Kind.INSTITUTION;
            out.add(mention(i, nationality.end, institution, how, false));
            return nationality.end;
        }
        if (j != afterModifiers || nationality != null) {
            return i;
        }
        return bare(i, j, definite, out);
    }

    /** A phrase with a title: a titled name, unnamed officials, an office, or a role noun. */
    private int titled(int i, int k, boolean definite, boolean former, Nationality nationality, List<Mention> out) {
        Title title = lexemeAt[k].find(Lexeme.TitleWord.class).title();
        int end = lexemeAt[k].end();
        while (lexemeAt[end] != null && lexemeAt[end].has(Lexeme.TitleWord.class)) { // "Brigadier General", "spokesman"
            title = lexemeAt[end].find(Lexeme.TitleWord.class).title();
            end = lexemeAt[end].end();
        }
        String country = nationality == null ? null : nationality.country;
        boolean official = title.official() && !former;
        Lexeme name = lexemeAt[end];
        Lexeme.Known known = name == null ? null : name.find(Lexeme.Known.class);
        if (known != null && known.actor().type() == ActorType.PERSON && name.end() - name.start() == 1
                && name.end() < sentence.size() && isNameWord(name.end())) {
            // "Foreign Minister Abbas Arakchi": a known one-word name is only the first word of a longer one
            int runEnd = nameRun(name.end());
            Actor person = person(end, runEnd, country, title, official);
            out.add(mention(i, runEnd, person, Mention.Kind.TITLED, false));
            return runEnd;
        }
        if (known != null && known.actor().type() == ActorType.PERSON) {
            int stop = name.end();
            out.add(mention(i, stop, former ? unofficial(known.actor()) : known.actor(), Mention.Kind.TITLED, false));
            return stop;
        }
        int runEnd = nameRun(end);
        if (runEnd > end && !title.plural()) {
            Actor person = person(end, runEnd, country, title, official);
            out.add(mention(i, runEnd, person, Mention.Kind.TITLED, false));
            return runEnd;
        }
        // "officials in Moscow and Beijing", "a senior commander in the Revolutionary Guard",
        // "the deputy for operations at Iran's IRGC", "Russia's envoy to the UN"
        int preposition = affiliationPreposition(end);
        if (preposition >= 0) {
            List<Nationality> affiliations = affiliations(preposition + 1);
            List<Nationality> national = affiliations.stream().filter(a -> a.country != null).toList();
            if (!affiliations.isEmpty() && (country != null || national.size() != 1) && national.size() < 2) {
                end = affiliations.get(affiliations.size() - 1).end; // the affiliation names no other country
            } else if (!national.isEmpty()) {
                int stop = affiliations.get(affiliations.size() - 1).end;
                for (Nationality affiliation : national) {
                    String label = national.size() == 1 ? text(i, stop) : adjective(affiliation.country) + " " + title.role();
                    Actor group = new Actor(stripDeterminer(label), title.role(), ActorType.PERSON, affiliation.country, official,
                            Actor.Origin.DESCRIBED);
                    out.add(mention(i, stop, group, Mention.Kind.DESCRIBED, title.plural()));
                }
                return stop;
            }
        }
        if (country != null) {
            out.add(mention(i, end, office(i, end, country, title, official), Mention.Kind.DESCRIBED, title.plural()));
            return end;
        }
        if (definite && title.official()) {
            Anaphor roleNoun = new Anaphor(EnumSet.of(ActorType.PERSON), title.plural(), title.roleKey(), false);
            out.add(new Mention(i, end, text(i, end), null, roleNoun, Mention.Kind.ANAPHOR, title.plural(), false));
            return end;
        }
        // an analyst, experts, officials of no stated country: they speak, but for no state we know
        Actor voice = new Actor(stripDeterminer(text(i, end)), title.role(), ActorType.PERSON, null, official, Actor.Origin.DESCRIBED);
        out.add(mention(i, end, voice, Mention.Kind.DESCRIBED, title.plural()));
        return end;
    }

    /** A phrase without a title: a known name, a pronoun, a role noun for an institution, or an unknown name. */
    private int bare(int i, int j, boolean definite, List<Mention> out) {
        Lexeme lexeme = lexemeAt[j];
        if (lexeme != null) {
            Lexeme.Kind kind = lexeme.find(Lexeme.Kind.class);
            if (kind != null && definite) { // "the ministry said"
                String key = kind.kind().canonical().toLowerCase(Locale.ROOT);
                key = key.substring(key.lastIndexOf(' ') + 1);
                Anaphor roleNoun = new Anaphor(EnumSet.of(kind.kind().type()), false, key, false);
                out.add(new Mention(i, lexeme.end(), text(i, lexeme.end()), null, roleNoun, Mention.Kind.ANAPHOR, false, false));
                return lexeme.end();
            }
            Lexeme.Known known = lexeme.find(Lexeme.Known.class);
            if (known != null) {
                Mention.Kind how = known.actor().type() == ActorType.INSTITUTION ? Mention.Kind.INSTITUTION : Mention.Kind.NAME;
                out.add(mention(i, lexeme.end(), known.actor(), how, false));
                return lexeme.end();
            }
            return i;
        }
        int runEnd = nameRun(j);
        if (runEnd == j) {
            return i;
        }
        Mention name = unknownName(i, j, runEnd);
        if (name != null) {
            out.add(name);
            return runEnd;
        }
        return i;
    }

    // ---------------------------------------------------------------- nationality prefixes

    /**
     * What a nationality prefix says: "Russian", "Russia's", "US" (before a title), "the Kremlin", "Chinese Foreign
     * Ministry", "Iran's Islamic Revolutionary Guard Corps". When the words stand on their own ("Moscow urged", "the
     * Kremlin said") {@code standalone} holds their mention.
     */
    private static final class Nationality {
        String country;
        Actor institution;
        int end;
        Mention standalone;
    }

    private Nationality nationality(int j) {
        Nationality n = null;
        int k = j;
        while (k < sentence.size() && lexemeAt[k] != null) {
            Lexeme lexeme = lexemeAt[k];
            boolean possessive = isPossessive(lexeme.end());
            int after = possessive ? lexeme.end() + 1 : lexeme.end();
            boolean goesOn = possessive ? startsTitleOrKindAfterModifiers(after) : startsTitleOrKind(after);
            Lexeme.Demonym demonym = lexeme.find(Lexeme.Demonym.class);
            Lexeme.StateName state = lexeme.find(Lexeme.StateName.class);
            Lexeme.Known known = lexeme.find(Lexeme.Known.class);
            Lexeme.Kind kind = lexeme.find(Lexeme.Kind.class);
            boolean institution = known != null && known.actor().type() == ActorType.INSTITUTION;
            if (n == null && demonym != null && !possessive && startsTitleOrKindAfterModifiers(lexeme.end())) {
                n = new Nationality(); // "Russian" Foreign Minister, "US" President
                n.country = demonym.country().code();
                n.end = lexeme.end();
                k = skipModifiers(n.end);
            } else if (n == null && (state != null || institution)) {
                n = new Nationality(); // "Russia's", "the Kremlin", "IRGC" official
                n.country = state != null ? state.country().code() : known.actor().country();
                n.institution = state != null ? null : known.actor();
                if (!goesOn) {
                    Actor actor = state != null ? state.country().asState() : known.actor();
                    Mention.Kind how = state != null ? Mention.Kind.STATE : Mention.Kind.INSTITUTION;
                    n.standalone = new Mention(j, lexeme.end(), null, actor, null, how, false, possessive);
                    n.end = lexeme.end();
                    return n;
                }
                n.end = after;
                k = possessive ? skipModifiers(after) : after;
            } else if (n != null && n.country != null && kind != null) {
                n.institution = institution(n.country, kind.kind()); // "Russia's" + "Foreign Ministry"
                n.end = after;
                if (!goesOn) {
                    return n;
                }
                k = after;
            } else if (n != null && institution) {
                n.institution = known.actor(); // "Iran's" + "Islamic Revolutionary Guard Corps"
                n.country = known.actor().country() != null ? known.actor().country() : n.country;
                n.end = after;
                if (!goesOn) {
                    return n;
                }
                k = after;
            } else {
                break;
            }
        }
        return n;
    }

    /** A list of affiliations after "in", "at", "of": "Moscow and Beijing", "Iran's IRGC", "the Revolutionary Guard". */
    private List<Nationality> affiliations(int j) {
        List<Nationality> list = new ArrayList<>();
        int k = j;
        while (k < sentence.size()) {
            if (DETERMINERS.contains(lower(k))) {
                k++;
            }
            Nationality n = nationality(k);
            if (n == null) {
                break;
            }
            if (n.standalone != null) {
                n.country = n.standalone.actor().country();
                n.end = n.standalone.end();
            }
            list.add(n);
            k = n.end;
            if (k + 1 < sentence.size() && COORDINATORS.contains(lower(k)) && !list.isEmpty()) {
                int next = lower(k + 1).equals("and") ? k + 2 : k + 1;
                if (next < sentence.size() && lexemeAt[next] != null) {
                    k = next;
                    continue;
                }
            }
            break;
        }
        return list;
    }

    /**
     * The preposition that attaches an affiliation to a title, right after it or after a few lower-case words
     * ("deputy for operations at Iran's IRGC"), or -1.
     */
    private int affiliationPreposition(int end) {
        if (end >= sentence.size() || !PREPOSITIONS_OF_AFFILIATION.contains(lower(end))) {
            return -1;
        }
        for (int k = end; k < Math.min(sentence.size(), end + 5); k++) {
            Token t = sentence.token(k);
            if (PREPOSITIONS_OF_AFFILIATION.contains(t.lower()) && k + 1 < sentence.size()) {
                int next = DETERMINERS.contains(lower(k + 1)) ? k + 2 : k + 1;
                if (next < sentence.size() && lexemeAt[next] != null) {
                    return k;
                }
            }
            if (!t.text().matches("\\p{Ll}[\\p{L}-]*") || t.hasTag("VERB") || t.hasTag("AUX") || COORDINATORS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    private boolean startsTitleOrKind(int k) {
        Lexeme lexeme = k < lexemeAt.length ? lexemeAt[k] : null;
        return lexeme != null && (lexeme.has(Lexeme.TitleWord.class) || lexeme.has(Lexeme.Kind.class)
                || (lexeme.has(Lexeme.Known.class) && lexeme.find(Lexeme.Known.class).actor().type() == ActorType.INSTITUTION));
    }

    private boolean startsTitleOrKindAfterModifiers(int k) {
        return startsTitleOrKind(skipModifiers(k));
    }

    private int skipModifiers(int k) {
        while (isModifier(k)) {
            k++;
        }
        return k;
    }

    /** A modifier that does not start a dictionary phrase ("senior", but not the "senior" of "senior adviser" or "New Zealand"). */
    private boolean isModifier(int k) {
        return k < sentence.size() && MODIFIERS.contains(lower(k)) && lexemeAt[k] == null;
    }

    /** A possessive ending at token k: "'s", or "'" right after a word ending in s ("the countries' leaders"). */
    private boolean isPossessive(int k) {
        if (k >= sentence.size() || k == 0 || sentence.token(k).start() != sentence.token(k - 1).end()) {
            return false; // "Xi 'strongly condemn'": a quote mark after a space opens a quotation
        }
        String mark = sentence.token(k).text();
        String before = sentence.token(k - 1).text();
        return mark.equals("'s") || (mark.equals("'") && before.endsWith("s"));
    }

    // ---------------------------------------------------------------- actors

    private Actor institution(String country, InstitutionKind kind) {
        Country c = countries.get(country);
        if (kind.type() == ActorType.STATE) {
            return c.asState();
        }
        String name = adjective(country) + " " + kind.canonical();
        Actor known = holders.get(country + "\t" + name);
        if (known != null) {
            return known;
        }
        return new Actor(name, null, kind.type(), country, kind.type() != ActorType.OUTLET, Actor.Origin.DESCRIBED);
    }

    /** An office named without its holder ("Iran's foreign minister"): the knowledge base's holder if there is one. */
    private Actor office(int i, int end, String country, Title title, boolean official) {
        if (!title.plural() && official) {
            Actor holder = holders.get(country + "\t#" + title.role().toLowerCase(Locale.ROOT));
            if (holder != null) {
                return holder;
            }
        }
        return new Actor(stripDeterminer(text(i, end)), title.role(), ActorType.PERSON, country, official, Actor.Origin.DESCRIBED);
    }

    /** The person a titled name stands for: known, learned earlier, a misspelling of someone known, or new. */
    private Actor person(int start, int end, String country, Title title, boolean official) {
        String[] words = words(start, end);
        String full = String.join(" ", words);
        Actor earlier = learned.named(full);
        if (earlier != null) {
            return earlier;
        }
        Optional<Actor> known = matcher.titled(words, country, title);
        Actor person = known.orElseGet(() -> new Actor(full, title.role(), ActorType.PERSON, country, official, Actor.Origin.LEARNED));
        learned.learn(words, person, familyNameFirst(person.country()));
        return person;
    }

    /** A capitalised name with no title: learned earlier (maybe by surname), misspelt, or unknown. */
    private Mention unknownName(int i, int start, int end) {
        String[] words = words(start, end);
        String full = String.join(" ", words);
        Actor actor = learned.named(full);
        if (actor == null && words.length == 1) {
            actor = learned.bySurname(full);
        }
        // a knowledge-base person reaches this point only under a spelling the knowledge base does not list
        Mention.Kind kind = actor == null ? Mention.Kind.NAME : switch (actor.origin()) {
            case UNKNOWN -> Mention.Kind.UNKNOWN;
            case KNOWLEDGE_BASE -> Mention.Kind.FUZZY;
            default -> Mention.Kind.NAME;
        };
        if (actor == null && looksLikeAName(i, start)) {
            Optional<Actor> similar = similarToLearned(words[words.length - 1]);
            if (similar.isEmpty()) {
                similar = words.length == 1 ? matcher.surname(full) : matcher.titled(words, null, null);
            }
            if (similar.isPresent()) {
                actor = similar.get();
                kind = Mention.Kind.FUZZY;
                learned.learn(words, actor, familyNameFirst(actor.country()));
            }
        }
        if (actor == null) {
            boolean appositive = end < sentence.size() && sentence.token(end).text().equals(",");
            if (!nextIsVerb(end) && (words.length == 1 || !appositive)) {
                return null; // an unknown name counts only where it acts ("Smagin said") or is described ("Smagin, an expert")
            }
            actor = new Actor(full, null, ActorType.PERSON, null, false, Actor.Origin.UNKNOWN);
            learned.learn(words, actor, false);
            kind = Mention.Kind.UNKNOWN;
        }
        return mention(i, end, actor, kind, false);
    }

    /**
     * Whether a capitalised word at {@code start} stands where a person's name can ("Araguchi said"), not inside a
     * title or a name of something else ("the UN Charter"), before it is compared with known names.
     */
    private boolean looksLikeAName(int phraseStart, int start) {
        if (phraseStart != start) {
            return false; // a determiner before it: "the Charter"
        }
        if (modelName[start]) {
            return true;
        }
        if (start > 0 && sentence.token(start - 1).isCapitalized()) {
            return false; // part of a longer name: "UN Charter"
        }
        Token token = sentence.token(start);
        return token.tag() == null || token.hasTag("PROPN") || (start == 0 && nextIsVerb(start + 1));
    }

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
            if (actor != null && actor.official() && similarity > bestScore
                    && (similarity >= NameMatcher.ALONE || (similarity >= NameMatcher.ALONE_SAME_INITIAL
                    && folded.charAt(0) == NameSimilarity.fold(surname).charAt(0)))) {
                best = actor;
                bestScore = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean familyNameFirst(String country) {
        Country c = country == null ? null : countries.get(country);
        return c != null && c.familyNameFirst();
    }

    private static Actor unofficial(Actor actor) {
        return new Actor(actor.name(), actor.role(), actor.type(), actor.country(), false, actor.origin());
    }

    // ---------------------------------------------------------------- appositives

    /**
     * Lets an appositive describe the name before it ("Nikita Smagin, an expert on Iran," makes Smagin an analyst;
     * "Yadollah Javani, the deputy for political affairs at Iran's IRGC" gives Javani a country), and a described
     * office the name after it ("China's envoy to the UN, Fu Cong, told").
     */
    private void appositives(List<Mention> mentions) {
        for (int m = 0; m + 1 < mentions.size(); m++) {
            Mention first = mentions.get(m);
            Mention second = mentions.get(m + 1);
            if (first.end() >= sentence.size() || !sentence.token(first.end()).text().equals(",")
                    || second.start() != first.end() + 1 || first.actor() == null || second.actor() == null) {
                continue;
            }
            if (first.actor().isPerson() && second.kind() == Mention.Kind.DESCRIBED && !second.group()) {
                Actor better = isLearnable(first.actor()) ? describe(first.actor(), second.actor()) : first.actor();
                learned.refine(first.actor(), better);
                mentions.set(m, first.withActor(better));
                mentions.set(m + 1, second.withActor(better));
            } else if (first.kind() == Mention.Kind.DESCRIBED && second.actor().isPerson() && !first.group()
                    && second.kind() != Mention.Kind.DESCRIBED) {
                Actor better = isLearnable(second.actor()) ? describe(second.actor(), first.actor()) : second.actor();
                learned.refine(second.actor(), better);
                mentions.set(m, first.withActor(better));
                mentions.set(m + 1, second.withActor(better));
            }
        }
    }

    private static boolean isLearnable(Actor actor) {
        return actor.type() == ActorType.PERSON && (actor.origin() == Actor.Origin.LEARNED || actor.origin() == Actor.Origin.UNKNOWN);
    }

    private static Actor describe(Actor person, Actor description) {
        String country = person.country() != null ? person.country() : description.country();
        String role = person.role() != null ? person.role() : description.role();
        boolean official = person.origin() == Actor.Origin.UNKNOWN ? description.official() : person.official() && description.official();
        return new Actor(person.name(), role, ActorType.PERSON, country, official, Actor.Origin.LEARNED);
    }

    // ---------------------------------------------------------------- tokens

    /** The end of a run of capitalised name words starting at j (j when there is none). */
    private int nameRun(int j) {
        int k = j;
        while (k < sentence.size() && k - j < 5 && isNameWord(k)) {
            k++;
        }
        return k;
    }

    private boolean isNameWord(int k) {
        Token token = sentence.token(k);
        if (lexemeAt[k] == null && modelName[k]) {
            return true;
        }
        if (lexemeAt[k] != null || !token.isCapitalized() || token.text().length() < 2) {
            return false;
        }
        for (int c = 0; c < token.text().length(); c++) {
            char ch = token.text().charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '.' && ch != '\'') {
                return false;
            }
        }
        if (token.tag() == null) {
            return k > 0 && !sentence.heading();
        }
        if (sentence.heading() || k == 0) {
            return token.hasTag("PROPN") || (k == 0 && NAME_TAGS.contains(token.tag()) && nextIsVerb(k + 1));
        }
        return NAME_TAGS.contains(token.tag());
    }

    private boolean nextIsVerb(int k) {
        if (k >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(k);
        return next.hasTag("VERB") || next.hasTag("AUX") || (next.tag() == null && next.text().endsWith("ed"));
    }

    private String lower(int k) {
        return sentence.token(k).lower();
    }

    private String[] words(int start, int end) {
        String[] words = new String[end - start];
        for (int k = start; k < end; k++) {
            words[k - start] = sentence.token(k).text();
        }
        return words;
    }

    private String text(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            Token token = sentence.token(k);
            if (k > start && token.start() > sentence.token(k - 1).end()) {
                b.append(' ');
            }
            b.append(token.text());
        }
        return b.toString();
    }

    private static String stripDeterminer(String phrase) {
        for (String determiner : DETERMINERS) {
            if (phrase.toLowerCase(Locale.ROOT).startsWith(determiner + " ")) {
                return phrase.substring(determiner.length() + 1);
            }
        }
        return phrase;
    }

    private String adjective(String country) {
        Country c = countries.get(country);
        return c == null ? country : c.adjective();
    }

    private Mention mention(int start, int end, Actor actor, Mention.Kind kind, boolean group) {
        return new Mention(start, end, text(start, end), actor, null, kind, group, isPossessive(end));
    }
}
