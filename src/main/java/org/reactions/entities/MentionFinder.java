package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.DESTINATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.HONORIFICS;
import static org.reactions.knowledge.FunctionWords.Set.LOCATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.POSTED_ABROAD_ROLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Work;

/**
 * Reads the noun phrases that name actors in one sentence, from its dictionary matches and tags:
 * <ul>
 *   <li>a nationality or institution, titles and a name: "Chinese Foreign Minister Wang Yi", "Kremlin spokesman
 *       Dmitry Peskov", "Brigadier General Yadollah Javani" (a name not in the knowledge base is learned);</li>
 *   <li>a nationality and an institution kind: "Russia's Foreign Ministry", "the Chinese government";</li>
 *   <li>unnamed officials and offices: "Iranian officials", "a senior commander in the Revolutionary Guard",
 *       "officials in Moscow and Beijing", "Iran's foreign minister";</li>
 *   <li>appositives that describe a name ({@link Appositives});</li>
 *   <li>names, countries, metonyms, pronouns and role nouns ("the ministry"), and unknown names ({@link UnknownNames}).</li>
 * </ul>
 */
final class MentionFinder {
    private final DocumentActors learned;
    private final OfficeHolders holders;
    private final FunctionWords words;
    private final NationalityReader nationalities;
    private final Principals principals;
    private final UnknownNames unknownNames;
    private final DatedArchive archive;
    private final Appositives appositives;
    private final Work work;

    MentionFinder(Map<CountryCode, Country> countries, NameMatcher matcher, DocumentActors learned, OfficeHolders holders, DatedArchive archive,
                  FunctionWords words, Work work) {
        this.work = work;
        this.learned = learned;
        this.holders = holders;
        this.words = words;
        this.nationalities = new NationalityReader(countries, holders);
        this.principals = new Principals(nationalities);
        this.archive = archive;
        this.unknownNames = new UnknownNames(countries, matcher, learned, archive);
        this.appositives = new Appositives(learned, holders, unknownNames::familyNameFirst);
    }

    /** The mentions of a sentence, given its dictionary matches and the words a name model took for names. */
    List<Mention> find(Sentence s, List<Lexeme> lexemes, boolean[] modelNames) {
        SentenceWords w = new SentenceWords(s, lexemes, modelNames, words, work);
        learned.nextSentence();
        learned.labelled(ItemLabels.line(nationalities, w), ItemLabels.opening(nationalities, w), s.heading(), s.paragraph());
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            int next = phrase(w, i, mentions);
            next = next > i ? Appositives.withBrackets(w, mentions, next) : next;
            i = next > i ? next : w.lexeme(i) != null ? w.lexeme(i).end() : i + 1;
        }
        appositives.apply(w, mentions);
        learned.statesNamed(mentions);
        learned.mentioned(mentions);
        return mentions;
    }

    /** Reads a noun phrase starting at token i; returns the index after it, or i when there is none. */
    private int phrase(SentenceWords w, int i, List<Mention> out) {
        Lexeme.Pronoun pronoun = w.lexeme(i) == null ? null : w.lexeme(i).find(Lexeme.Pronoun.class);
        if (pronoun != null) {
            int end = w.lexeme(i).end();
            out.add(new Mention(i, end, w.text(i, end), null, pronoun.anaphor(), Mention.Kind.ANAPHOR, pronoun.anaphor().plural(), false));
            return end;
        }
        if (w.is(HONORIFICS, i) && i + 1 < w.size() && w.token(i + 1).isCapitalized()) { // "Mr Lavrov", "Mrs. Makolo"
            int end = phrase(w, i + 1, out);
            return end > i + 1 ? end : i;
        }
        int j = w.is(DETERMINERS, i) ? i + 1 : i;
        boolean definite = (j > i && w.lower(i).equals("the")) || NationalityReader.ownedByAnInstitution(w, i, out);
        int afterModifiers = w.skipModifiers(j);
        boolean former = OfficeWords.anyUnofficialMarker(w, j, afterModifiers);
        List<Mention> joint = nationalities.jointOfficials(w, i, afterModifiers, former);
        if (!joint.isEmpty()) { // "Russian and Chinese officials"
            out.addAll(joint);
            return joint.get(0).end();
        }
        Nationality nationality = nationalities.read(w, afterModifiers);
        if (nationality == null) {
            nationality = nationalities.ofOwner(w, i, afterModifiers, out, learned.latestState());
        }
        if (nationality != null && nationality.standalone() != null) {
            Mention alone = nationality.standalone();
            out.add(new Mention(i, alone.end(), w.text(i, alone.end()), alone.actor(), null, alone.kind(), false, alone.possessive()));
            return alone.end();
        }
        int k = w.skipModifiers(nationality == null ? afterModifiers : nationality.end());
        boolean unofficial = OfficeWords.anyUnofficialMarker(w, j, k);
        Lexeme titleLexeme = w.lexeme(k);
        int titleAt = titleLexeme != null && titleLexeme.has(Lexeme.TitleWord.class) ? k : OfficeWords.titleAfterPortfolio(w, k);
        if (titleAt >= 0) { // "Foreign Minister", "Culture Minister"; "China – The foreign minister": the list item's, not "of Iran"
            boolean ofItsOwn = nationalities.stateAfter(w, w.lexeme(titleAt).end()) != null;
            CountryCode label = nationality == null && definite && !ofItsOwn ? learned.itemLabel() : null;
            Nationality of = label == null ? nationality : new Nationality(label, null, afterModifiers, null);
            return titled(w, new Titled(i, k, titleAt, definite, unofficial, of), out);
        }
        if (nationality != null && nationality.institution() != null) {
            Actor institution = nationality.institution();
            Mention.Kind how = institution.type() == ActorType.STATE ? Mention.Kind.STATE : Mention.Kind.INSTITUTION;
            int end = how == Mention.Kind.INSTITUTION ? nationalities.afterHost(w, nationality.end()) : nationality.end();
            out.add(mention(w, i, end, institution, how, false));
            return end;
        }
        if (j != afterModifiers || nationality != null) {
            return i;
        }
        return bare(w, i, j, definite, out);
    }

    /** A titled name, unnamed officials, an office, or a role noun. */
    private int titled(SentenceWords w, Titled phrase, List<Mention> out) {
        Title title = w.lexeme(phrase.title()).find(Lexeme.TitleWord.class).title();
        int end = w.lexeme(phrase.title()).end();
        boolean compound = false;
        for (int next = OfficeWords.nextTitleWord(w, end); next >= 0; next = OfficeWords.nextTitleWord(w, end)) { // "Brigadier General", "spokesman"
            compound |= next > end;
            title = w.lexeme(next).find(Lexeme.TitleWord.class).title();
            end = w.lexeme(next).end();
        }
        if (compound || phrase.portfolio() < phrase.title()) { // "Chief Cabinet Secretary", "Culture Minister": the office's own words
            title = title.withRole(w.text(phrase.portfolio(), end));
        }
        int portfolioEnd = OfficeWords.portfolioEnd(w, end, title);
        // "the Minister of X" refers back to a minister, unless a name follows: "the Secretary of the X Ivo Marek"
        if (portfolioEnd > end && (!phrase.definite() || w.nameRun(portfolioEnd) > portfolioEnd)) { // the portfolio is part of the title
            title = title.withRole(title.role() + " " + w.text(end, portfolioEnd));
            CountryCode ofInstitution = phrase.country() == null ? OfficeWords.portfolioCountry(w, end, portfolioEnd) : null;
            phrase = ofInstitution == null ? phrase : phrase.in(ofInstitution, portfolioEnd); // "Chairman of the State Duma Committee"
            end = portfolioEnd;
        }
        boolean official = title.official() && !phrase.unofficial();
        int named = titledName(w, phrase, title, end, official, out);
        if (named >= 0) {
            return named;
        }
        int affiliated = affiliated(w, phrase, title, end, official, out);
        if (affiliated >= 0) {
            return affiliated;
        }
        if (-affiliated - 1 > end) { // "Kenya's ambassador to the UN Daniel Mwangi": a name after the affiliation holds the title
            title = nationalities.posted(w, title, phrase.title(), end, -affiliated - 1);
            end = -affiliated - 1;
            named = titledName(w, phrase, title, end, official, out);
            if (named >= 0) {
                return named;
            }
        }
        int placed = w.nameAfterPlace(end); // "Iran's Consul General in Lahore Mohammad Reza Nazeri"
        if (placed > end && (named = titledName(w, phrase, title, placed, official, out)) >= 0) {
            return named;
        }
        return unnamed(w, phrase, title, end, official, out);
    }

    /** An office, a counterpart, a role noun or a voice of no stated country, named by a title with no name after it. */
    private int unnamed(SentenceWords w, Titled phrase, Title title, int end, boolean official, List<Mention> out) {
        int i = phrase.start();
        if (phrase.country() != null) {
            Actor office = office(w, i, end, phrase, Principals.asCounterpart(w, title, out), official);
            learned.officeNamed(office, title.plural());
            Mention described = mention(w, i, end, office, Mention.Kind.DESCRIBED, title.plural());
            out.add(phrase.refersBack(w, office) ? described.referringBack(
                    title.asRoleNoun(false, phrase.country(), words)) : described);
            return end;
        }
        Actor counterpart = phrase.country() == null ? Principals.counterpartNamed(w, title, out) : null;
        if (counterpart != null) { // "During his call with Iranian President Pezeshkian, Putin and his counterpart called"
            out.add(mention(w, i, end, counterpart, Mention.Kind.DESCRIBED, false));
            return end;
        }
        if (phrase.definite() && title.official()) {
            Anaphor roleNoun = title.asRoleNoun(title.plural(), null, words);
            out.add(new Mention(i, end, w.text(i, end), null, roleNoun, Mention.Kind.ANAPHOR, title.plural(), false));
            return end;
        }
        // an analyst, experts, officials of no stated country: they speak, but for no state we know
        Actor voice = new Actor(w.textAfterDeterminer(i, end), title.role(), ActorType.PERSON, null, official, Actor.Origin.DESCRIBED);
        out.add(mention(w, i, end, voice, Mention.Kind.DESCRIBED, title.plural()));
        return end;
    }

    /** The name after a title ("Foreign Minister Abbas Araghchi"); the index after it, or -1 when none follows. */
    private int titledName(SentenceWords w, Titled phrase, Title title, int end, boolean official, List<Mention> out) {
        int i = phrase.start();
        Lexeme name = w.lexeme(end);
        Lexeme.Known known = name == null ? null : name.find(Lexeme.Known.class);
        if (known != null && known.actor().type() == ActorType.PERSON && name.end() - name.start() == 1 && name.end() < w.size()
                && (w.isNameWord(name.end()) || unknownNames.givenNameAfter(w, name, known.actor()))) {
            // "Foreign Minister Abbas Arakchi", "Ambassador Li Wei": a known one-word name is only the first word of a longer one
            int runEnd = Math.max(w.nameRun(name.end()), name.end() + 1);
            out.add(mention(w, i, runEnd, unknownNames.titled(w, end, runEnd, phrase.country(), title, official), Mention.Kind.TITLED, false));
            return runEnd;
        }
        if (known != null && known.actor().type() == ActorType.PERSON) {
            // "Ambassador Jiang" after "Chinese Ambassador to Pakistan Jiang Zaidong" is no Jiang the knowledge base knows
            Actor person = name.end() - name.start() == 1 ? learned.surnameOf(w.token(end).text(), known.actor()) : known.actor();
            boolean former = phrase.unofficial() && !holders.holdsOwnOffice(person); // not "Former President Medvedev"
            return knownPerson(w, i, name, former ? person.unofficial() : person, Mention.Kind.TITLED, out);
        }
        int runEnd = w.nameRunAfterTitle(end);
        if (runEnd > end && !title.plural()) {
            CountryCode country = phrase.country() != null ? phrase.country() : nationalities.stateAfter(w, runEnd);
            out.add(mention(w, i, runEnd, unknownNames.titled(w, end, runEnd, country, title, official), Mention.Kind.TITLED, false));
            return runEnd;
        }
        return -1;
    }

    /**
     * A known person's mention, over the second surname news may add to a full name ("Miguel Díaz-Canel Bermúdez"),
     * which the document learns so that "Bermúdez" or "Rodríguez Parrilla" alone find the person later on.
     */
    private int knownPerson(SentenceWords w, int start, Lexeme name, Actor known, Mention.Kind kind, List<Mention> out) {
        Actor actor = holders.leftOffice(known) ? known.unofficial() : known; // "Zarif said" in 2026
        int end = name.end();
        if (end - name.start() > 1) {
            int runEnd = end < w.size() && w.lexeme(end) == null ? w.nameRun(end) : end;
            end = runEnd - end <= 2 ? runEnd : end;
            learned.learn(w.words(name.start(), end), actor, unknownNames.familyNameFirst(actor.country()));
        }
        out.add(mention(w, start, end, actor, kind, false));
        return end;
    }

    /**
     * "officials in Moscow and Beijing", "a senior commander in the Revolutionary Guard", "the deputy for operations
     * at Iran's IRGC", "Russia's envoy to the UN": the index after the mentions it added, or, when it added none,
     * {@code -(end of the title and its affiliation) - 1}.
     */
    private int affiliated(SentenceWords w, Titled phrase, Title title, int end, boolean official, List<Mention> out) {
        int preposition = nationalities.affiliationPreposition(w, end);
        if (preposition < 0) {
            return -end - 1;
        }
        Principals.Principal principal = phrase.country() == null ? principals.after(w, title, preposition) : null;
        if (principal != null) { // "an aide to Putin" is Russia's aide, not Putin
            Actor aide = new Actor(w.textAfterDeterminer(phrase.start(), principal.end()), title.role(), ActorType.PERSON,
                    principal.country(), official, Actor.Origin.DESCRIBED);
            out.add(mention(w, phrase.start(), principal.end(), aide, Mention.Kind.DESCRIBED, false));
            return principal.end();
        }
        List<Nationality> affiliations = nationalities.affiliations(w, preposition + 1);
        // "the ambassador to Beijing"; "a European diplomat in Beijing", "the ambassador in Tehran": where an outsider is
        boolean destination = w.is(DESTINATION_PREPOSITIONS, preposition) || (w.is(LOCATION_PREPOSITIONS, preposition)
                && w.isOutsider(phrase.start(), Math.min(phrase.portfolio(), phrase.title()), title.role()));
        List<Nationality> national = affiliations.stream()
                .filter(a -> a.country() != null && !(destination && a.isPlace())).toList();
        if (!affiliations.isEmpty() && (phrase.country() != null || national.size() != 1) && national.size() < 2) {
            return -affiliations.get(affiliations.size() - 1).end() - 1; // the affiliation names no other country
        }
        if (national.isEmpty()) {
            return -end - 1;
        }
        int i = phrase.start();
        Nationality last = affiliations.get(affiliations.size() - 1);
        int body = w.endOfUnofficialBody(last.end());
        if (body > 0) { // "the president of a Beijing think tank": the think tank's, not China's
            Actor member = new Actor(w.textAfterDeterminer(i, body), title.role(), ActorType.PERSON, null, false, Actor.Origin.DESCRIBED);
            out.add(mention(w, i, body, member, Mention.Kind.DESCRIBED, title.plural()));
            return body;
        }
        int stop = nationalities.afterPostedTo(w, last.end()); // "of Mexico to the UN"
        stop = last.institution() != null && stop == last.end() ? nationalities.afterHost(w, stop) : stop; // "for the Chinese embassy in Washington"
        int placed = national.size() == 1 && !title.plural() ? w.nameAfterPlace(stop) : stop;
        if (placed > stop) { // "Consul General of the People's Republic of China in Karachi Yang Yundong"
            int runEnd = w.nameRun(placed);
            out.add(mention(w, i, runEnd, unknownNames.titled(w, placed, runEnd, national.get(0).country(), title, official), Mention.Kind.TITLED, false));
            return runEnd;
        }
        for (Nationality affiliation : national) {
            Actor holder = national.size() > 1 || !official || title.plural() ? null : holders.holderAt(affiliation.institution(), affiliation.country(),
                    title.role(), w.text(phrase.title(), end));
            Actor member = national.size() > 1 ? nationalities.memberOf(affiliation.country(), title, official) // "the presidents of A and B"
                    : holder != null ? holder
                    : new Actor(w.textAfterDeterminer(i, stop), title.role(), ActorType.PERSON, affiliation.country(), official, Actor.Origin.DESCRIBED);
            out.add(mention(w, i, stop, member, Mention.Kind.DESCRIBED, title.plural() && member.origin() == Actor.Origin.DESCRIBED));
        }
        return stop;
    }

    /**
     * "the Ministry of Foreign Affairs (SRE)": an institution of no stated country that gives itself an acronym is
     * one institution (its country is left to the document's evidence), which the acronym names later on ("the SRE
     * said").
     */
    private int introducedByAcronym(SentenceWords w, int i, int end, List<Mention> out) {
        Actor institution = new Actor(w.textAfterDeterminer(i, end), null, ActorType.INSTITUTION, null, true, Actor.Origin.DESCRIBED);
        String acronym = w.acronymAfter(end);
        Actor earlier = learned.named(acronym);
        Actor actor = earlier != null && earlier.type() == ActorType.INSTITUTION ? earlier : institution;
        learned.learn(new String[] {acronym}, actor, false);
        int after = w.afterBrackets(end);
        out.add(mention(w, i, after, actor, Mention.Kind.INSTITUTION, false));
        return after;
    }

    /** A phrase without a title: a known name, a pronoun, a role noun for an institution, or an unknown name. */
    private int bare(SentenceWords w, int i, int j, boolean definite, List<Mention> out) {
        Lexeme lexeme = w.lexeme(j);
        if (lexeme != null) {
            Lexeme.Kind kind = lexeme.find(Lexeme.Kind.class);
            if (kind != null && definite && kind.kind().type() == ActorType.INSTITUTION && w.acronymAfter(lexeme.end()) != null) {
                return introducedByAcronym(w, i, lexeme.end(), out);
            }
            List<Mention> ofStates = kind == null || !definite ? List.of() : nationalities.institutionsOf(w, i, lexeme.end(), kind.kind());
            if (!ofStates.isEmpty()) { // "the government of Mexico", "the governments of Brazil and Mexico"
                out.addAll(ofStates);
                return ofStates.get(0).end();
            }
            if (kind != null && definite) { // "the ministry said"; "the embassy in Canberra", whose host never speaks
                int end = w.is(POSTED_ABROAD_ROLES, j) ? nationalities.afterHost(w, lexeme.end()) : lexeme.end();
                out.add(InstitutionRoleNouns.of(nationalities, learned.itemLabel(), w, i, end, kind.kind()));
                return end;
            }
            Lexeme.Known known = lexeme.find(Lexeme.Known.class);
            Mention stranger = known == null ? null : unknownNames.sharingFamilyName(w, i, lexeme, known.actor(), out.isEmpty() ? null : out.get(out.size() - 1));
            if (stranger != null) { // "Li Hua", "Wang Jin, a professor": not Li Qiang, not Wang Yi
                out.add(stranger);
                return stranger.end();
            }
            if (known != null && known.actor().type() == ActorType.PERSON) {
                Actor person = lexeme.end() - lexeme.start() == 1 ? learned.surnameOf(w.token(j).text(), known.actor()) : known.actor();
                return knownPerson(w, i, lexeme, person, Mention.Kind.NAME, out);
            }
            if (known != null) {
                Mention.Kind how = known.actor().type() == ActorType.INSTITUTION ? Mention.Kind.INSTITUTION : Mention.Kind.NAME;
                out.add(mention(w, i, lexeme.end(), known.actor(), how, false));
                return lexeme.end();
            }
            return i;
        }
        int runEnd = w.nameRun(j);
        if (runEnd == j && j < w.size() && w.token(j).isCapitalized()
                && (learned.byEitherName(w.token(j).text()) != null || unknownNames.misspeltIntroduced(w, i, j))) {
            runEnd = j + 1; // "Kagame said", "Gholampour said": a surname the document introduced, or its misspelling
        }
        int start = runEnd > j && archive.namesFirstWord(w, i, j, runEnd) ? 0 : j;
        Mention before = out.isEmpty() ? null : out.get(out.size() - 1);
        Mention name = runEnd == j ? null : unknownNames.read(w, start == j ? i : start, start, runEnd, before);
        if (name != null) {
            out.add(name);
            return runEnd;
        }
        return i;
    }

    /** An office named without its holder ("Iran's foreign minister"): the knowledge base's holder if there is one. */
    private Actor office(SentenceWords w, int i, int end, Titled phrase, Title title, boolean official) {
        CountryCode country = phrase.country();
        Actor institution = phrase.nationality().institution(); // "the Kremlin spokesman" is the Kremlin's own
        String written = (institution == null ? "" : institution.name() + " ") + w.text(phrase.title(), end); // "ambassador to Russia"
        boolean one = !title.plural() && official;
        Actor holder = one ? learned.holderNamed(country, title.role()) : null; // the document's own holder first
        holder = holder == null && one ? holders.soleHolder(country, written) : holder;
        holder = holder == null && one ? holders.holderAt(institution, country, w.text(phrase.title(), end)) : holder; // "the FSB director"
        holder = holder == null && one ? holders.soleHolder(country, title.role()) : holder;
        return holder != null ? holder
                : new Actor(w.textAfterDeterminer(i, end), title.role(), ActorType.PERSON, country, official, Actor.Origin.DESCRIBED);
    }

    private static Mention mention(SentenceWords w, int start, int end, Actor actor, Mention.Kind kind, boolean group) {
        return new Mention(start, end, w.text(start, end), actor, null, kind, group, w.isPossessive(end));
    }
}
