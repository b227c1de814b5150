package org.reactions.statements.attribution;

import static org.reactions.knowledge.FunctionWords.Set.LINK_LABELS;
import static org.reactions.knowledge.FunctionWords.Set.QUESTION_WORDS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Quotation;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;
import org.reactions.nlp.Work;

/**
 * The unit a statement is read from: one sentence, or several when a quotation runs across them ("Regrettably,
 * this process has been interrupted. China opposes any strikes," Wang said). Its tokens and mentions are laid
 * end to end so that the rules can look left and right across the sentences. The look-ups the rules make for
 * every word (the sentence it is in, the mention that starts or ends there) are indexed once, so that reading a
 * passage takes time in proportion to its length, however long its sentences.
 */
public final class Passage {
    /** the most words of a link's label before its colon ("Also Read:", "READ MORE:") */
    private static final int LINK_LABEL_WORDS = 3;
    /** the most words of a speaker's title in capitals between the name and the colon of a transcript turn */
    private static final int TITLE_IN_CAPITALS = 6;
    private final int index;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] sentenceOf;
    private final List<Mention> mentions;
    private final List<String> words;
    private final List<Quotation> quotations;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final Mention[] startingAt;
    private final Mention[] endingAt;
    private final boolean[] insideMention;
    /** the mentions starting at each token, in order */
    private final List<List<Mention>> byStart;
    /** the first mention inside a quotation ending at each token */
    private final Mention[] quotedEndingAt;
    /** for each token, the index of the first quoted token at or after it, or size() */
    private final int[] nextQuoted;
    /** for each token, the index of the first unquoted comma at or after it, or size() */
    private final int[] nextComma;
    /** the document's count of tokens visited */
    private final Work work;

    private Passage(int index, List<Sentence> sentences, List<Token> tokens, int[] sentenceOf, List<Mention> mentions,
                    List<Quotation> quotations, Work work) {
        this.index = index;
        this.work = work;
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.sentenceOf = sentenceOf;
        this.mentions = List.copyOf(mentions);
        this.words = tokens.stream().map(Token::lower).toList();
        this.quotations = List.copyOf(quotations);
        int n = tokens.size();
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceStart[i] = i > 0 && sentenceOf[i - 1] == sentenceOf[i] ? sentenceStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            sentenceEnd[i] = i + 1 < n && sentenceOf[i + 1] == sentenceOf[i] ? sentenceEnd[i + 1] : i + 1;
        }
        startingAt = new Mention[n + 1];
        endingAt = new Mention[n + 1];
        quotedEndingAt = new Mention[n + 1];
        insideMention = new boolean[n];
        byStart = new ArrayList<>(java.util.Collections.nCopies(n, List.<Mention>of()));
        for (Mention m : this.mentions) {
            if (byStart.get(m.start()).isEmpty()) {
                byStart.set(m.start(), new ArrayList<>());
            }
            byStart.get(m.start()).add(m);
            for (int k = m.start(); k < m.end(); k++) {
                insideMention[k] = true;
            }
            if (!tokens.get(m.start()).quoted()) {
                if (startingAt[m.start()] == null) {
                    startingAt[m.start()] = m;
                }
                if (endingAt[m.end() - 1] == null) {
                    endingAt[m.end() - 1] = m;
                }
            } else if (quotedEndingAt[m.end() - 1] == null) {
                quotedEndingAt[m.end() - 1] = m;
            }
        }
        nextQuoted = new int[n + 1];
        nextComma = new int[n + 1];
        nextQuoted[n] = n;
        nextComma[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            nextQuoted[i] = tokens.get(i).quoted() ? i : nextQuoted[i + 1];
            nextComma[i] = !tokens.get(i).quoted() && tokens.get(i).text().equals(",") ? i : nextComma[i + 1];
        }
    }

    public int index() {
        return index;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** The tokens in lower case. */
    public List<String> words() {
        return words;
    }

    /** The quotations that start inside the passage. */
    public List<Quotation> quotations() {
        return quotations;
    }

    /** The document index of the sentence of each token. */
    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    public Sentence first() {
        return sentences.get(0);
    }

    public Sentence last() {
        return sentences.get(sentences.size() - 1);
    }

    /** Where the passage starts in the document text (UTF-16 offset). */
    public int start() {
        return first().start();
    }

    public int end() {
        return last().end();
    }

    public int paragraph() {
        return first().paragraph();
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        work.step();
        return tokens.get(i);
    }

    /** The word at i in lower case; empty outside the passage. */
    public String lower(int i) {
        work.step();
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    /** Counts a walk over n tokens that reads {@link #words()} rather than token by token. */
    void walked(int n) {
        work.add(n);
    }

    /** Index of the first token of the sentence that token i belongs to. */
    public int sentenceStart(int i) {
        return sentenceStart[i];
    }

    /** Index after the last token of the sentence that token i belongs to. */
    public int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** The first mention outside quotations that ends at token j, or null. */
    public Mention mentionEndingAt(int j) {
        return j >= 0 && j < endingAt.length ? endingAt[j] : null;
    }

    /** The first mention inside a quotation that ends at token j, or null ("“Masoud Pezeshkian expressed ...”"). */
    public Mention quotedMentionEndingAt(int j) {
        return j >= 0 && j < quotedEndingAt.length ? quotedEndingAt[j] : null;
    }

    /** The first mention outside quotations that starts at token j, or null. */
    public Mention mentionStartingAt(int j) {
        return j >= 0 && j < startingAt.length ? startingAt[j] : null;
    }

    /** The first mention, quoted or not, that starts at token j, or null ("“... escalation - Lin Jian”"). */
    public Mention anyMentionStartingAt(int j) {
        return j >= 0 && j < byStart.size() && !byStart.get(j).isEmpty() ? byStart.get(j).get(0) : null;
    }

    /** Every mention with the same span as m (one span may name several actors: "officials in Moscow and Beijing"). */
    public List<Mention> sameSpan(Mention m) {
        return byStart.get(m.start()).stream().filter(o -> o.end() == m.end()).toList();
    }

    public boolean insideMention(int k) {
        return insideMention[k];
    }

    /** The "(" that opens the bracket closed at {@code close}, looked for back to {@code lowest}; -1 when none does. */
    public int bracketOpening(int close, int lowest) {
        for (int q = close - 1; q >= Math.max(lowest, 0); q--) {
            if (tokens.get(q).text().equals("(")) {
                return q;
            }
        }
        return -1;
    }

    /** Whether a quoted word stands in [from, to). */
    public boolean quotedWithin(int from, int to) {
        return from < size() && nextQuoted[Math.max(from, 0)] < to;
    }

    /** The first unquoted comma in [from, the end of from's sentence), or that sentence's end. */
    public int commaAfter(int from) {
        return from < size() ? Math.min(nextComma[from], sentenceEnd[from]) : size();
    }

    /** For each token, how many tokens before it are unquoted words of the set: a count of them in [a, b) is one subtraction. */
    public int[] unquotedCounts(Set<String> set) {
        int[] counts = new int[size() + 1];
        for (int i = 0; i < size(); i++) {
            counts[i + 1] = counts[i] + (!tokens.get(i).quoted() && set.contains(words.get(i)) ? 1 : 0);
        }
        return counts;
    }

    public boolean startsWithQuote() {
        return !tokens.isEmpty() && tokens.get(0).isQuoteMark();
    }

    /** Whether the unquoted word at a comes right after a closing quotation mark: the tag of "“...,” he told AFP". */
    public boolean afterClosingQuote(int a) {
        return a > 1 && a < size() && token(a - 1).isQuoteMark() && token(a - 2).quoted() && !token(a).quoted();
    }

    public boolean isHeading() {
        return first().heading();
    }

    public boolean isQuestionWithoutQuote() {
        return quotations.isEmpty() && sentences.stream().allMatch(Sentence::isQuestion);
    }

    /** A passage that reports no speech, whatever its words: a question, a heading that asks or labels, a link to another story. */
    boolean reportsNothing(FunctionWords words) {
        return isQuestionWithoutQuote() || isQuestionHeading(words.get(QUESTION_WORDS)) || isLinkToAnotherStory(words.get(LINK_LABELS));
    }

    /**
     * A heading that asks or labels rather than reports: "What they are saying", "Why Beijing says it will stay out". It
     * opens with a question word and has no quotation, comma or colon ("What Iran wants is peace, says Araghchi" reports).
     */
    private boolean isQuestionHeading(Set<String> questionWords) {
        if (!isHeading() || !quotations.isEmpty() || size() == 0 || !questionWords.contains(lower(0))) {
            return false;
        }
        for (int k = 1; k < size(); k++) {
            if (lower(k).equals(",") || lower(k).equals(":")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A link to another story, as web pages set them between paragraphs: "READ MORE: China says it opposes U.S. strikes",
     * "Also Read: ...". The words before a colon near the start are all the link's label words.
     */
    private boolean isLinkToAnotherStory(Set<String> labelWords) {
        int k = 0;
        while (k < LINK_LABEL_WORDS && k < size() && labelWords.contains(lower(k))) {
            k++;
        }
        return k > 0 && lower(k).equals(":");
    }

    /** The passages of a document: sentences joined where a quotation crosses from one to the next. */
    public static List<Passage> of(AnnotatedDocument document, DocumentEntities entities) {
        List<Passage> passages = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        List<Quotation> quotations = document.quotations();
        int i = 0;
        int q = 0; // quotations and sentences are both in text order: one sweep serves all
        while (i < sentences.size()) {
            int j = i + 1;
            boolean turn = isTranscriptTurn(sentences, i, entities);
            while (j < sentences.size() && sentences.get(j).paragraph() == sentences.get(i).paragraph()) {
                int boundary = sentences.get(j - 1).end();
                while (q < quotations.size() && quotations.get(q).end() <= boundary) {
                    q++;
                }
                boolean crossed = q < quotations.size() && quotations.get(q).start() < boundary
                        && quotations.get(q).end() > sentences.get(j).start();
                if (!turn && !crossed) {
                    break;
                }
                j++;
            }
            int start = sentences.get(i).start();
            int end = sentences.get(j - 1).end();
            int first = Math.min(q, quotations.size());
            while (first > 0 && quotations.get(first - 1).start() >= start) {
                first--;
            }
            while (first < quotations.size() && quotations.get(first).start() < start) {
                first++;
            }
            int last = first;
            while (last < quotations.size() && quotations.get(last).start() < end) {
                last++;
            }
            passages.add(build(passages.size(), sentences.subList(i, j), quotations.subList(first, last), entities, document.work()));
            i = j;
        }
        return passages;
    }

    /** Whether sentence i opens a paragraph with a speaker's name and a colon, as transcripts do ("LAVROV: We ..."). */
    public static boolean isTranscriptTurn(List<Sentence> sentences, int i, DocumentEntities entities) {
        Sentence sentence = sentences.get(i);
        if (i > 0 && sentences.get(i - 1).paragraph() == sentence.paragraph()) {
            return false;
        }
        for (Mention m : entities.inSentence(sentence.index())) {
            // a country or capital before the colon is a dateline ("CAIRO: World leaders ..."), not a speaker's turn
            boolean dateline = m.actor() != null && m.actor().type() == org.reactions.entities.ActorType.STATE;
            if (m.start() == 0 && m.actor() != null && !dateline && turnColon(sentence.tokens(), m.end()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The colon of a transcript turn after the name that opens it, ending at {@code nameEnd}: right after it ("LAVROV:")
     * or after a title in capitals ("ABBAS ARAGHCHI, IRANIAN FOREIGN MINISTER:"), with words after it; -1 when there is
     * none (a label alone on its line introduces the paragraph after it).
     */
    static int turnColon(List<Token> tokens, int nameEnd) {
        if (nameEnd + 1 < tokens.size() && tokens.get(nameEnd).text().equals(":")) {
            return nameEnd;
        }
        if (nameEnd >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) {
            return -1;
        }
        for (int j = nameEnd + 1; j < tokens.size() && j <= nameEnd + TITLE_IN_CAPITALS; j++) {
            String word = tokens.get(j).text();
            if (word.equals(":")) {
                return j > nameEnd + 1 && j + 1 < tokens.size() ? j : -1; // words after the colon: a label alone is no turn
            }
            if (!word.chars().anyMatch(Character::isLetter) || !word.equals(word.toUpperCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    private static Passage build(int index, List<Sentence> sentences, List<Quotation> quotations, DocumentEntities entities,
                                 Work work) {
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int size = sentences.stream().mapToInt(Sentence::size).sum();
        int[] sentenceOf = new int[size];
        for (Sentence sentence : sentences) {
            int offset = tokens.size();
            for (int t = 0; t < sentence.size(); t++) {
                sentenceOf[offset + t] = sentence.index();
            }
            tokens.addAll(sentence.tokens());
            List<Mention> inSentence = new ArrayList<>(entities.inSentence(sentence.index()));
            inSentence.sort(Comparator.comparingInt(Mention::start)); // stable: equal spans keep their order
            for (Mention m : inSentence) {
                mentions.add(new Mention(m.start() + offset, m.end() + offset, m.text(), m.actor(), m.anaphor(), m.kind(),
                        m.group(), m.possessive()));
            }
        }
        return new Passage(index, sentences, tokens, sentenceOf, mentions, quotations, work);
    }
}
