package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.AFFILIATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.DESTINATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.ENVOY_ROLES;
import static org.reactions.knowledge.FunctionWords.Set.LIST_JOINERS;
import static org.reactions.knowledge.FunctionWords.Set.PERSONAL_OFFICES;
import static org.reactions.knowledge.FunctionWords.Set.POSTED_ABROAD_ROLES;
import static org.reactions.knowledge.FunctionWords.Set.SEATED_INSTITUTIONS;
import static org.reactions.knowledge.FunctionWords.Set.STATE_POSSESSIVES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.Token;

/**
 * Reads the nationality prefixes and affiliations that tie a title or an institution to a country: "Russian
 * Foreign Minister", "Russia's Foreign Ministry", "officials in Moscow and Beijing", "deputy for operations at
 * Iran's IRGC".
 */
final class NationalityReader {
    /** how far after a title the preposition of its affiliation may stand, in tokens */
    private static final int AFFILIATION_REACH = 5;

    private final Map<CountryCode, Country> countries;
    private final OfficeHolders holders;

    NationalityReader(Map<CountryCode, Country> countries, OfficeHolders holders) {
        this.countries = countries;
        this.holders = holders;
    }

    /** Whether the table of countries holds this one. */
    boolean knows(CountryCode country) {
        return countries.containsKey(country);
    }

    /** The nationality prefix starting at token j, or null. */
    Nationality read(SentenceWords w, int j) {
        Nationality n = null;
        int k = j;
        int portfolio = -1; // where the words of an institution's portfolio before its kind start ("Health Ministry")
        while (k < w.size() && w.lexeme(k) != null) {
            Lexeme lexeme = w.lexeme(k);
            boolean possessive = w.isPossessive(lexeme.end());
            int after = possessive ? lexeme.end() + 1 : lexeme.end();
            boolean portfolioTitle = OfficeWords.titleAfterPortfolio(w, after) >= 0; // "Russian Culture Minister"
            boolean goesOn = portfolioTitle || (possessive ? w.startsTitleOrKindAfterModifiers(after) : w.startsTitleOrKind(after));
            Lexeme.Demonym demonym = lexeme.find(Lexeme.Demonym.class);
            Lexeme.StateName state = lexeme.find(Lexeme.StateName.class);
            Lexeme.Known known = lexeme.find(Lexeme.Known.class);
            Lexeme.Kind kind = lexeme.find(Lexeme.Kind.class);
            boolean institution = known != null && known.actor().type() == ActorType.INSTITUTION;
            boolean opens = n == null && (demonym != null || state != null || institution); // only a prefix's first word has a portfolio after it
            int kindAt = goesOn || !opens ? -1 : OfficeWords.kindAfterPortfolio(w, after);
            if (n == null && demonym != null && !possessive && (w.startsTitleOrKindAfterModifiers(lexeme.end()) || kindAt >= 0
                    || portfolioTitle)) {
                n = new Nationality(demonym.country().code(), null, lexeme.end(), null); // "Russian" Foreign Minister
                portfolio = kindAt >= 0 ? after : -1;
                k = kindAt >= 0 ? kindAt : w.skipModifiers(n.end());
            } else if (n == null && (state != null || institution)) { // "Russia's", "the Kremlin", "IRGC" official
                CountryCode country = state != null ? state.country().code() : known.actor().country();
                if (!goesOn && kindAt < 0) {
                    Actor actor = state != null ? state.country().asState() : known.actor();
                    Mention.Kind how = state != null ? Mention.Kind.STATE : Mention.Kind.INSTITUTION;
                    Mention alone = new Mention(j, lexeme.end(), null, actor, null, how, false, possessive);
                    return new Nationality(country, state != null ? null : known.actor(), lexeme.end(), alone);
                }
                n = new Nationality(country, state != null ? null : known.actor(), after, null);
                portfolio = kindAt >= 0 ? after : -1;
                k = kindAt >= 0 ? kindAt : possessive ? w.skipModifiers(after) : after;
            } else if (n != null && n.country() != null && kind != null) { // "Russia's" + "Foreign Ministry", "Iranian" + "Health Ministry"
                int end = portfolio >= 0 ? after : OfficeWords.institutionPortfolioEnd(w, after); // "Ministry of Health"
                String words = portfolio >= 0 ? w.text(portfolio, after) : end > after ? w.text(k, end) : null;
                n = n.withInstitution(institution(n.country(), kind.kind(), words), n.country(), end);
                if (!goesOn || end > after) {
                    return n;
                }
                k = after;
            } else if (n != null && institution) { // "Iran's" + "Islamic Revolutionary Guard Corps"
                CountryCode country = known.actor().country() != null ? known.actor().country() : n.country();
                n = n.withInstitution(known.actor(), country, after);
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

    /**
     * The country of an owner right before a title or an institution's kind, or null: an official's possessive
     * ("Lula's adviser Celso Amorim", "Pezeshkian's office"), "the country's" (the first state its sentence names, else
     * the latest named), or "its" after a state or a state institution, the last actor named before it
     * in its sentence or, when "its" opens the sentence, in the one before ("China voiced concern. Its envoy to the UN
     * urged ...").
     */
    Nationality ofOwner(SentenceWords w, int i, int afterModifiers, List<Mention> before, CountryCode latestState) {
        Mention owner = before.isEmpty() ? null : before.get(before.size() - 1);
        if (owner != null && owner.possessive() && owner.end() == i - 1 && owner.actor() != null
                && owner.actor().isPerson() && owner.actor().official() && owner.actor().country() != null) {
            // "Pezeshkian's office said", not "Trump's Office of Management and Budget"
            boolean office = w.is(PERSONAL_OFFICES, i) && !w.token(i).isCapitalized() && !(i + 1 < w.size() && w.lower(i + 1).equals("of"));
            return office ? personalOffice(w, i, owner.actor()) : ofOwner(w, afterModifiers, owner.actor().country());
        }
        Anaphor owning = owningAnaphor(w, i, owner);
        if (owning != null && owning.types().equals(Set.of(ActorType.STATE))) { // "Iran will not ..., the country's spokesman said"
            CountryCode state = firstStateOf(before);
            state = state != null ? state : latestState;
            return state == null ? null : ofOwner(w, afterModifiers, state);
        }
        Lexeme opening = i == 0 ? w.lexeme(0) : null;
        if (opening != null && latestState != null && opening.has(Lexeme.Kind.class) && w.lexeme(opening.end()) != null
                && w.lexeme(opening.end()).has(Lexeme.TitleWord.class)) {
            return ofOwner(w, 0, latestState); // "Iran's Health Ministry said ... Ministry spokesman Hossein Kermanpour said"
        }
        if (!w.is(STATE_POSSESSIVES, i)) {
            return null;
        }
        // the state just named in this sentence ("Russia said its envoy"), or, opening one, the sentence before
        CountryCode state = owner != null ? DocumentActors.stateOf(owner) : i == 0 ? latestState : null;
        return state == null ? null : ofOwner(w, w.skipModifiers(i + 1), state);
    }

    /**
     * "Pezeshkian's office said": the staff that speaks for an official, an institution of the official's country
     * named after them, standing on its own.
     */
    private static Nationality personalOffice(SentenceWords w, int i, Actor official) {
        Actor office = new Actor(official.name() + "'s " + w.lower(i), null, ActorType.INSTITUTION, official.country(), true,
                Actor.Origin.DESCRIBED);
        Mention m = new Mention(i, i + 1, w.text(i, i + 1), office, null, Mention.Kind.INSTITUTION, false, w.isPossessive(i + 1));
        return new Nationality(official.country(), office, i + 1, m);
    }

    /** The country of the first state named among the mentions (a sentence's subject, more often than not), or null. */
    private static CountryCode firstStateOf(List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            CountryCode state = mentions.get(k).isAnaphor() ? null : DocumentActors.stateOf(mentions.get(k));
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /**
     * Whether an institution named just before, without its country, owns the phrase at i: "the ministry's spokesman"
     * is as definite as "the ministry spokesman", an office of the institution the text refers to.
     */
    static boolean ownedByAnInstitution(SentenceWords w, int i, List<Mention> before) {
        Anaphor owning = owningAnaphor(w, i, before.isEmpty() ? null : before.get(before.size() - 1));
        return owning != null && owning.types().contains(ActorType.INSTITUTION);
    }

    /** The anaphor of the mention right before i when it owns the phrase at i ("the ministry's", "the country's"), or null. */
    private static Anaphor owningAnaphor(SentenceWords w, int i, Mention owner) {
        return owner != null && owner.end() == i - 1 && w.isPossessive(i - 1) ? owner.anaphor() : null;
    }

    /** The nationality an owner of this country gives the title or institution at j; null when neither follows. */
    private Nationality ofOwner(SentenceWords w, int j, CountryCode country) {
        if (!w.startsTitleOrKind(j)) {
            return null;
        }
        Lexeme.Kind kind = w.lexeme(j).find(Lexeme.Kind.class);
        Nationality owner = new Nationality(country, null, j, null);
        return kind == null ? owner : owner.withInstitution(institution(country, kind.kind()), country, w.lexeme(j).end());
    }

    /**
     * Officials of several nationalities under one plural title ("Russian and Chinese officials", "the Brazilian,
     * Colombian and Mexican foreign ministers"), a mention of each country's, all spanning the phrase from start;
     * empty when the demonyms at j are not such a list.
     */
    List<Mention> jointOfficials(SentenceWords w, int start, int j, boolean former) {
        List<CountryCode> joint = new ArrayList<>();
        int k = j;
        while (k < w.size() && w.lexeme(k) != null) {
            Lexeme.Demonym demonym = w.lexeme(k).find(Lexeme.Demonym.class);
            if (demonym == null) {
                break;
            }
            joint.add(demonym.country().code());
            k = w.lexeme(k).end();
            if (k + 1 >= w.size() || !w.is(LIST_JOINERS, k)) {
                break;
            }
            k = w.lower(k + 1).equals("and") ? k + 2 : k + 1;
        }
        k = w.skipModifiers(k);
        Lexeme.TitleWord titleWord = w.lexeme(k) == null ? null : w.lexeme(k).find(Lexeme.TitleWord.class);
        if (joint.size() < 2 || titleWord == null || !titleWord.title().plural()) {
            return List.of();
        }
        Title title = titleWord.title();
        int end = w.lexeme(k).end();
        List<Mention> mentions = new ArrayList<>();
        for (CountryCode country : joint) {
            Actor member = memberOf(country, title, title.official() && !former);
            boolean group = member.origin() == Actor.Origin.DESCRIBED;
            mentions.add(new Mention(start, end, w.text(start, end), member, null, Mention.Kind.DESCRIBED, group, w.isPossessive(end)));
        }
        return mentions;
    }

    /**
     * A country's member of officials named together by a plural title ("the French and Russian presidents", "the
     * presidents of Brazil and Mexico"): the sole holder of the office the title names, or the country's officials.
     */
    Actor memberOf(CountryCode country, Title title, boolean official) {
        Actor holder = official ? holders.soleHolder(country, title.role()) : null;
        return holder != null ? holder
                : new Actor(adjective(country) + " " + title.role(), title.role(), ActorType.PERSON, country, official, Actor.Origin.DESCRIBED);
    }

    /**
     * The title from titleStart to titleEnd as posted to the country named up to end ("ambassador to Moscow" is the
     * Ambassador to Russia); a title of no envoy posted so is an ambassador's ("Iran's top diplomat to Seoul"). The
     * title itself when it names no post.
     */
    Title posted(SentenceWords w, Title title, int titleStart, int titleEnd, int end) {
        String country = postedTo(w, titleEnd, end);
        if (country == null) {
            return title;
        }
        boolean envoy = Arrays.stream(title.role().toLowerCase(Locale.ROOT).split(" "))
                .anyMatch(word -> w.isIn(ENVOY_ROLES, word));
        return (envoy ? title : title.asAmbassador()).postedTo(country, w.text(titleStart, end));
    }

    /** The country an envoy's title at titleEnd posts them to, up to end ("ambassador to Moscow" is Russia's), or null. */
    String postedTo(SentenceWords w, int titleEnd, int end) {
        if (end <= titleEnd + 1 || !w.is(DESTINATION_PREPOSITIONS, titleEnd)) {
            return null;
        }
        List<Nationality> places = affiliations(w, titleEnd + 1);
        boolean one = places.size() == 1 && places.get(0).isPlace() && places.get(0).end() == end;
        return one ? countries.get(places.get(0).country()).name() : null;
    }

    /** A list of affiliations after "in", "at", "of": "Moscow and Beijing", "Iran's IRGC", "the Revolutionary Guard". */
    List<Nationality> affiliations(SentenceWords w, int j) {
        List<Nationality> list = new ArrayList<>();
        int k = j;
        while (k < w.size()) {
            if (w.is(DETERMINERS, k)) {
                k++;
            }
            Nationality n = read(w, k);
            if (n == null) {
                break;
            }
            n = n.asAffiliation();
            list.add(n);
            k = n.end();
            if (k + 1 < w.size() && w.is(LIST_JOINERS, k)) {
                int next = w.lower(k + 1).equals("and") ? k + 2 : k + 1;
                if (next < w.size() && w.lexeme(next) != null) {
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
    int affiliationPreposition(SentenceWords w, int end) {
        if (end >= w.size() || !w.is(AFFILIATION_PREPOSITIONS, end)) {
            return -1;
        }
        for (int k = end; k < Math.min(w.size(), end + AFFILIATION_REACH); k++) {
            Token t = w.token(k);
            if (w.is(AFFILIATION_PREPOSITIONS, k) && k + 1 < w.size()) {
                int next = w.is(DETERMINERS, k + 1) ? k + 2 : k + 1;
                if (next < w.size() && w.lexeme(next) != null) {
                    return k;
                }
            }
            if (!t.text().matches("\\p{Ll}[\\p{L}-]*") || t.isVerbal() || w.is(LIST_JOINERS, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The institutions of one kind of the states named after "of" ("the government of Mexico", "the governments of
     * Brazil and Mexico") or, for an institution that governs from its capital, "in" ("the foreign ministry in Beijing";
     * not an embassy's host), each a mention spanning the phrase from start; empty when no state follows.
     */
    List<Mention> institutionsOf(SentenceWords w, int start, int end, InstitutionKind kind) {
        if (end + 1 >= w.size() || kind.type() != ActorType.INSTITUTION) {
            return List.of();
        }
        // "the foreign ministry in Beijing" is China's; "the embassy in Canberra" or "the delegation in Islamabad" only sits there
        boolean seat = w.lower(end).equals("in") && w.is(SEATED_INSTITUTIONS, end - 1);
        if (!(w.lower(end).equals("of") || seat)) {
            return List.of();
        }
        List<Nationality> states = affiliations(w, end + 1);
        if (states.isEmpty() || !states.stream().allMatch(Nationality::isPlace)) {
            return List.of();
        }
        int last = states.get(states.size() - 1).end(); // "the Embassy of the Russian Federation in Kenya": its host is part of its name
        int stop = states.size() == 1 && w.is(POSTED_ABROAD_ROLES, end - 1) ? afterHost(w, last) : last;
        return states.stream().map(state -> new Mention(start, stop, w.text(start, stop), institution(state.country(), kind), null,
                Mention.Kind.INSTITUTION, false, w.isPossessive(stop))).toList();
    }

    /** The end of the body of no country that an envoy is posted to at k ("to the UN"), or k when none stands there. */
    int afterPostedTo(SentenceWords w, int k) {
        if (k + 1 >= w.size() || !w.is(DESTINATION_PREPOSITIONS, k)) {
            return k;
        }
        int next = w.is(DETERMINERS, k + 1) ? k + 2 : k + 1;
        Lexeme.Known body = next < w.size() && w.lexeme(next) != null ? w.lexeme(next).find(Lexeme.Known.class) : null;
        return body != null && body.actor().country() == null && body.actor().type() == ActorType.INSTITUTION ? w.lexeme(next).end() : k;
    }

    /** The country of "of Kenya" at k ("Foreign Minister Grace Otieno of Kenya"), or null. */
    CountryCode stateAfter(SentenceWords w, int k) {
        if (k + 1 >= w.size() || !w.lower(k).equals("of")) {
            return null;
        }
        Nationality state = read(w, w.is(DETERMINERS, k + 1) ? k + 2 : k + 1);
        return state == null || state.standalone() == null || state.standalone().kind() != Mention.Kind.STATE ? null : state.country();
    }

    /**
     * The end of the place an institution of one country sits in ("the Chinese embassy in Britain"): the host is
     * part of the institution's name and never speaks for it. {@code end} itself when no place follows.
     */
    int afterHost(SentenceWords w, int end) {
        if (!w.is(AFFILIATION_PREPOSITIONS, end)) {
            return end;
        }
        List<Nationality> places = affiliations(w, end + 1);
        return places.isEmpty() || !places.stream().allMatch(Nationality::isPlace) ? end : places.get(places.size() - 1).end();
    }

    /** The institution of a kind in a country ("Russian Foreign Ministry"): the knowledge base's, or a described one. */
    Actor institution(CountryCode country, InstitutionKind kind) {
        return institution(country, kind, null);
    }

    /**
     * The institution of a kind in a country, with the words of its portfolio as written ("Health Ministry", "Ministry
     * of Health"), or null for none.
     */
    private Actor institution(CountryCode country, InstitutionKind kind, String portfolio) {
        Country c = countries.get(country);
        if (kind.type() == ActorType.STATE) {
            return c.asState();
        }
        String name = adjective(country) + " " + (portfolio != null && kind.type() == ActorType.INSTITUTION ? asWritten(portfolio) : kind.canonical());
        Actor known = holders.named(country, name);
        if (known != null) {
            return known;
        }
        return new Actor(name, null, kind.type(), country, kind.type() != ActorType.OUTLET, Actor.Origin.DESCRIBED);
    }

    /** A portfolio's words as a name: "health ministry", written all in lower case, is the "Health Ministry". */
    private static String asWritten(String portfolio) {
        if (!portfolio.equals(portfolio.toLowerCase(Locale.ROOT))) {
            return portfolio;
        }
        StringBuilder name = new StringBuilder();
        for (String word : portfolio.split(" ")) {
            name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** The adjective of a country ("Russian"), or its code when it has none. */
    String adjective(CountryCode country) {
        Country c = countries.get(country);
        return c == null ? country.value() : c.adjective();
    }
}
