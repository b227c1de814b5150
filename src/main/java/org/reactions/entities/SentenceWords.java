package org.reactions.entities;

import static org.reactions.knowledge.FunctionWords.Set.AFFILIATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.BARE_TIME_WORDS;
import static org.reactions.knowledge.FunctionWords.Set.DESTINATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.DETERMINERS;
import static org.reactions.knowledge.FunctionWords.Set.HEADLINE_VERBS;
import static org.reactions.knowledge.FunctionWords.Set.LOCATION_PREPOSITIONS;
import static org.reactions.knowledge.FunctionWords.Set.CLOSING_BRACKETS;
import static org.reactions.knowledge.FunctionWords.Set.NAME_PARTICLES;
import static org.reactions.knowledge.FunctionWords.Set.OPENING_BRACKETS;
import static org.reactions.knowledge.FunctionWords.Set.ORGANISATION_JOINERS;
import static org.reactions.knowledge.FunctionWords.Set.OUTSIDER_MODIFIERS;
import static org.reactions.knowledge.FunctionWords.Set.OUTSIDER_ROLES;
import static org.reactions.knowledge.FunctionWords.Set.PORTFOLIO_MODIFIERS;
import static org.reactions.knowledge.FunctionWords.Set.SYLLABLE_FINALS;
import static org.reactions.knowledge.FunctionWords.Set.SYLLABLE_INITIALS;
import static org.reactions.knowledge.FunctionWords.Set.TITLE_MODIFIERS;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;
import org.reactions.nlp.Work;

/**
 * One sentence as the mention grammar reads it: its tokens, the dictionary match starting at each token, and the
 * words a name-finder model took for part of a person's name. Immutable; built once per sentence.
 */
final class SentenceWords {
    /** part-of-speech tags a word of a name may carry (the tagger often calls foreign names nouns or adjectives) */
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X", "NUM");
    /** the most words a name may have */
    private static final int LONGEST_NAME = 5;
    /** the most words of a name after a title and a place ("in Lahore Mohammad Reza Nazeri") */
    private static final int PLACED_NAME_WORDS = 4;
    /** the most tokens a bracketed transliteration or gloss after a name may have, brackets included */
    private static final int BRACKET_REACH = 8;

    private final Sentence sentence;
    private final Lexeme[] lexemeAt;
    private final boolean[] modelName;
    private final FunctionWords words;
    private final Work work;

    SentenceWords(Sentence sentence, List<Lexeme> lexemes, boolean[] modelName, FunctionWords words, Work work) {
        this.sentence = sentence;
        this.work = work;
        this.modelName = modelName;
        this.words = words;
        this.lexemeAt = new Lexeme[sentence.size() + 1];
        for (Lexeme lexeme : lexemes) {
            lexemeAt[lexeme.start()] = lexeme;
        }
    }

    int size() {
        return sentence.size();
    }

    boolean isHeading() {
        return sentence.heading();
    }

    Token token(int k) {
        work.step();
        return sentence.token(k);
    }

    String lower(int k) {
        work.step();
        return sentence.token(k).lower();
    }

    boolean is(FunctionWords.Set set, int k) {
        return k < size() && words.contains(set, lower(k));
    }

    /** Whether a word (lower case) is in a set of function words. */
    boolean isIn(FunctionWords.Set set, String word) {
        return words.contains(set, word);
    }

    /** The dictionary match starting at token k, or null (also past the end). */
    Lexeme lexeme(int k) {
        work.step();
        return k >= 0 && k < lexemeAt.length ? lexemeAt[k] : null;
    }

    boolean modelName(int k) {
        return modelName[k];
    }

    /** The words of tokens [start, end) as written, tokens with no space between them joined ("Min" "-jun"). */
    String[] words(int start, int end) {
        return text(start, end).split(" ");
    }

    /** The text of tokens [start, end), with a space where the text has one. */
    String text(int start, int end) {
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

    /** The text of tokens [start, end) without a determiner that opens it ("the Kenyan minister": "Kenyan minister"). */
    String textAfterDeterminer(int start, int end) {
        return text(start + 1 < end && is(FunctionWords.Set.DETERMINERS, start) ? start + 1 : start, end);
    }

    /** A possessive ending at token k: "'s", or "'" right after a word ending in s ("the countries' leaders"). */
    boolean isPossessive(int k) {
        if (k >= size() || k == 0 || sentence.token(k).start() != sentence.token(k - 1).end()) {
            return false; // "Xi 'strongly condemn'": a quote mark after a space opens a quotation
        }
        String mark = sentence.token(k).text();
        String before = sentence.token(k - 1).text();
        return mark.equals("'s") || (mark.equals("'") && before.endsWith("s"));
    }

    /** A modifier that does not start a dictionary phrase ("senior", but not the "senior" of "senior adviser" or "New Zealand"). */
    boolean isModifier(int k) {
        // a hyphen goes with the modifier before it: "Ex-PLA colonel"
        boolean hyphen = k > 0 && k < size() && token(k).text().equals("-") && token(k).start() == token(k - 1).end() && isModifier(k - 1);
        return hyphen || lexemeAt[k] == null && (is(TITLE_MODIFIERS, k) || (is(PORTFOLIO_MODIFIERS, k) && portfolioBeforeTitle(k)));
    }

    /** Whether the lower-case portfolio words from k lead to a title ("nuclear energy agency chief"), not to a kind. */
    private boolean portfolioBeforeTitle(int k) {
        int j = k;
        while (j < size() && lexemeAt[j] == null && Character.isLowerCase(token(j).text().charAt(0))
                && (is(TITLE_MODIFIERS, j) || is(PORTFOLIO_MODIFIERS, j))) {
            j++;
        }
        return j > k && j < size() && lexemeAt[j] != null && lexemeAt[j].has(Lexeme.TitleWord.class);
    }

    int skipModifiers(int k) {
        while (isModifier(k)) {
            k++;
        }
        return k;
    }

    /** Whether a title, an institution kind or a known institution starts at k. */
    boolean startsTitleOrKind(int k) {
        Lexeme lexeme = lexeme(k);
        return lexeme != null && (lexeme.has(Lexeme.TitleWord.class) || lexeme.has(Lexeme.Kind.class)
                || (lexeme.has(Lexeme.Known.class) && lexeme.find(Lexeme.Known.class).actor().type() == ActorType.INSTITUTION));
    }

    boolean startsTitleOrKindAfterModifiers(int k) {
        return startsTitleOrKind(skipModifiers(k));
    }

    /** The end of a run of capitalised name words starting at j (j when there is none). */
    int nameRun(int j) {
        return nameRun(j, false);
    }

    /** The end of the name right after a title, whose first word is a name whatever the tagger made of it ("Adviser Celso"). */
    int nameRunAfterTitle(int j) {
        return nameRun(j, true);
    }

    private int nameRun(int j, boolean afterTitle) {
        int k = j;
        while (k < size() && k - j < LONGEST_NAME) {
            int next = isNameWord(k) || ((k > j || afterTitle) && continuesName(k)) ? k + 1 : k > j ? afterJoinedPart(k) : k;
            if (next == k) {
                break;
            }
            k = next;
        }
        return k;
    }

    /** The index after the part of a name that particles or a hyphen join at k ("da Silva", "-myung"), or k when none. */
    private int afterJoinedPart(int k) {
        int particles = particlesBeforeName(k);
        return particles > 0 ? k + particles + 1 : hyphenTail(k); // "Lula da Silva", "de la Fuente"; "Lee Jae-myung"
    }

    /** The index after the part a hyphen joins to the word before it ("-myung", or "-" "myung"), or k when none. */
    private int hyphenTail(int k) {
        Token t = sentence.token(k);
        if (t.start() != sentence.token(k - 1).end()) {
            return k;
        }
        if (t.text().matches("-\\p{L}[\\p{L}-]*")) {
            return k + 1;
        }
        boolean split = t.text().equals("-") && k + 1 < size() && sentence.token(k + 1).start() == t.end();
        return split && sentence.token(k + 1).text().matches("\\p{L}+") ? k + 2 : k;
    }

    /**
     * The index after a bracketed group at k ("Ana Ruiz （安娜·鲁伊斯） said", a transliteration or a gloss), or k when
     * none opens there.
     */
    int afterBrackets(int k) {
        if (k >= size() || !words.contains(OPENING_BRACKETS, firstCharacter(k))) {
            return k;
        }
        for (int c = k; c < Math.min(size(), k + BRACKET_REACH); c++) { // the tokenizer may keep "（安娜·鲁伊斯）" as one token
            String text = sentence.token(c).text();
            String last = text.substring(text.offsetByCodePoints(text.length(), -1));
            if (words.contains(CLOSING_BRACKETS, last) && (c > k || text.length() > 1)) {
                return c + 1;
            }
        }
        return k;
    }

    /** The acronym in brackets at k ("(SRE)"), or null when none stands there. */
    String acronymAfter(int k) {
        if (afterBrackets(k) != k + 3) {
            return null;
        }
        String acronym = sentence.token(k + 1).text();
        return acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase) ? acronym : null;
    }

    private String firstCharacter(int k) {
        String text = sentence.token(k).text();
        return text.substring(0, text.offsetByCodePoints(0, 1));
    }

    /**
     * A capitalised word after a name word outside a headline goes on with the name whatever the tagger made of it
     * ("Olivier Nduhungirehe", the surname tagged a conjunction), unless it is a day ("Lavrov Monday said").
     */
    private boolean continuesName(int k) {
        return !sentence.heading() && !is(BARE_TIME_WORDS, k) && looksLikeNameWord(k);
    }

    /**
     * Whether an official's title names an outsider to the place it is in: after a region's adjective before or inside
     * the phrase ("a European diplomat", "several foreign officials") or with an envoy's role ("the ambassador", "a
     * diplomat").
     */
    boolean isOutsider(int phraseStart, int title, String role) {
        for (int k = Math.max(0, phraseStart - 1); k < title; k++) {
            if (is(OUTSIDER_MODIFIERS, k)) {
                return true;
            }
        }
        return Arrays.stream(role.toLowerCase(Locale.ROOT).split(" ")).anyMatch(word -> words.contains(OUTSIDER_ROLES, word));
    }

    /**
     * Whether the word at k reads as a romanised Chinese given name of one or two syllables ("Wei", "Kejian"), a known
     * name or not and whatever the tagger made of it: after a family name, it makes "Li Wei" someone other than Li Qiang.
     */
    boolean readsAsGivenName(int k) {
        return syllables(k) > 0;
    }

    /** How many romanised syllables the word at k reads as: 1 or 2, or 0 when it reads as none (or stands in a headline). */
    int syllables(int k) {
        Token token = token(k);
        String word = token.lower();
        if (sentence.heading() || !token.isCapitalized() || word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
            return 0; // a headline capitalises its words: "President Xi To Visit Moscow"
        }
        if (isSyllable(word)) {
            return 1;
        }
        for (int split = 1; split < word.length(); split++) {
            if (isSyllable(word.substring(0, split)) && isSyllable(word.substring(split))) {
                return 2;
            }
        }
        return 0;
    }

    private boolean isSyllable(String letters) {
        if (words.contains(SYLLABLE_FINALS, letters)) {
            return true;
        }
        for (int initial = 1; initial <= 2 && initial < letters.length(); initial++) {
            if (words.contains(SYLLABLE_INITIALS, letters.substring(0, initial)) && words.contains(SYLLABLE_FINALS, letters.substring(initial))) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised, two letters or more, of letters (and hyphens, dots, apostrophes) only, and no dictionary phrase. */
    private boolean looksLikeNameWord(int k) {
        Token token = sentence.token(k);
        if (lexemeAt[k] != null || !token.isCapitalized() || token.text().length() < 2) {
            return false;
        }
        for (int c = 0; c < token.text().length(); c++) {
            char ch = token.text().charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '.' && ch != '\'') {
                return false;
            }
        }
        return true;
    }

    /** How many name particles ("da", "de la", up to two) stand at k right before a name word; 0 when none do. */
    private int particlesBeforeName(int k) {
        for (int n = 1; n <= 2 && k + n < size() && is(NAME_PARTICLES, k + n - 1); n++) {
            if (isNameWord(k + n)) {
                return n;
            }
        }
        return 0;
    }

    boolean isNameWord(int k) {
        Token token = sentence.token(k);
        if (sentence.heading() && is(HEADLINE_VERBS, k)) {
            return false; // "Iranian Ambassador Condemns Attacks": the tagger takes a headline's capitalised verb for a name
        }
        if (lexemeAt[k] == null && modelName[k]) {
            return true;
        }
        if (!looksLikeNameWord(k)) {
            return false;
        }
        if (token.tag() == null) {
            return k > 0 && !sentence.heading();
        }
        if (!sentence.heading() && token.hasTag("VERB") && k + 1 < size() && sentence.token(k + 1).hasTag("PROPN") && looksLikeNameWord(k + 1)) {
            return true; // "Zhang Jun": the tagger takes a capitalised surname before a name for a verb
        }
        if (sentence.heading() || k == 0) {
            return token.hasTag("PROPN") || (k == 0 && NAME_TAGS.contains(token.tag()) && nextIsVerb(k + 1));
        }
        return NAME_TAGS.contains(token.tag());
    }

    /**
     * The index after the organisation a name is of ("of the International Crisis Group", "from Tehran University"):
     * an affiliation's preposition, maybe a determiner, and capitalised words with joiners between them; k when none.
     */
    int afterOrganisation(int k) {
        if (k >= size() || !is(AFFILIATION_PREPOSITIONS, k)) {
            return k;
        }
        int c = is(DETERMINERS, k + 1) ? k + 2 : k + 1;
        int end = k;
        while (c < size() && (token(c).isCapitalized() || (end > k && is(ORGANISATION_JOINERS, c)))) {
            end = token(c).isCapitalized() ? c + 1 : end;
            c++;
        }
        return end;
    }

    /**
     * The end of the noun of a body that speaks for no state right at k, or after one word in lower case: "think tank"
     * of "a Beijing think tank", "institute" of "a Moscow research institute"; -1 when none stands there.
     */
    int endOfUnofficialBody(int k) {
        Lexeme body = lexeme(k) == null && k < size() && !token(k).isCapitalized() ? lexeme(k + 1) : lexeme(k);
        Lexeme.TitleWord kind = body == null ? null : body.find(Lexeme.TitleWord.class);
        boolean ends = body != null && (body.end() >= size() || !(token(body.end()).hasTag("NOUN") || token(body.end()).hasTag("PROPN")));
        return kind != null && !kind.title().official() && ends ? body.end() : -1; // not "state media regulator"
    }

    /**
     * "in Lahore Mohammad Reza Nazeri", "to Bangladesh Alexander Mantytsky" after a title: the index of a name of two
     * words or more after "in" or "to" and a state or a place of one word the dictionary does not know; k when none.
     */
    int nameAfterPlace(int k) {
        if (k + 3 >= size() || sentence.heading() || !(is(LOCATION_PREPOSITIONS, k) || is(DESTINATION_PREPOSITIONS, k))) {
            return k;
        }
        Lexeme state = lexeme(k + 1);
        int place = state != null && state.find(Lexeme.StateName.class) != null ? state.end() : looksLikeNameWord(k + 1) ? k + 2 : k;
        int words = place > k && place < size() ? nameRun(place) - place : 0;
        return words >= 2 && words <= PLACED_NAME_WORDS ? place : k; // "in Ho Chi Minh City Wei Hua": a place of more words
    }

    boolean nextIsVerb(int k) {
        if (k >= size()) {
            return false;
        }
        Token next = sentence.token(k);
        return next.isVerbal() || (next.tag() == null && next.text().endsWith("ed"));
    }
}
