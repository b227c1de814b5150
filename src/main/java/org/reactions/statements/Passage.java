package org.reactions.statements;

import java.util.ArrayList;
import java.util.List;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Quotation;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;

/**
 * The unit a statement is read from: one sentence, or several when a quotation runs across them ("Regrettably,
 * this process has been interrupted. China opposes any strikes," Wang said). Its tokens and mentions are laid
 * end to end so that the rules can look left and right across the sentences.
 *
 * @param index      position among the document's passages
 * @param sentences  the sentences, in order
 * @param tokens     all their tokens
 * @param sentenceOf for each token, the index of its sentence in the document
 * @param mentions   all their mentions, with token indices into {@code tokens}
 * @param words      the tokens in lower case
 * @param quotations the quotations that start inside the passage
 */
record Passage(int index, List<Sentence> sentences, List<Token> tokens, int[] sentenceOf, List<Mention> mentions,
               List<String> words, List<Quotation> quotations) {

    Sentence first() {
        return sentences.get(0);
    }

    Sentence last() {
        return sentences.get(sentences.size() - 1);
    }

    int start() {
        return first().start();
    }

    int end() {
        return last().end();
    }

    int paragraph() {
        return first().paragraph();
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    /** Index of the first token of the sentence that token i belongs to. */
    int sentenceStart(int i) {
        int sentence = sentenceOf[i];
        int k = i;
        while (k > 0 && sentenceOf[k - 1] == sentence) {
            k--;
        }
        return k;
    }

    int sentenceEnd(int i) {
        int sentence = sentenceOf[i];
        int k = i;
        while (k < tokens.size() && sentenceOf[k] == sentence) {
            k++;
        }
        return k;
    }

    boolean startsWithQuote() {
        return !tokens.isEmpty() && tokens.get(0).isQuoteMark();
    }

    boolean isHeading() {
        return first().heading();
    }

    boolean isQuestionWithoutQuote() {
        return quotations.isEmpty() && sentences.stream().allMatch(Sentence::isQuestion);
    }

    /** The passages of a document: sentences joined where a quotation crosses from one to the next. */
    static List<Passage> of(AnnotatedDocument document, DocumentEntities entities) {
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
            passages.add(build(passages.size(), sentences.subList(i, j), quotations.subList(first, last), entities));
            i = j;
        }
        return passages;
    }

    /** Whether sentence i opens a paragraph with a speaker's name and a colon, as transcripts do ("LAVROV: We ..."). */
    static boolean isTranscriptTurn(List<Sentence> sentences, int i, DocumentEntities entities) {
        Sentence sentence = sentences.get(i);
        if (i > 0 && sentences.get(i - 1).paragraph() == sentence.paragraph()) {
            return false;
        }
        for (Mention m : entities.inSentence(sentence.index())) {
            if (m.start() == 0 && m.actor() != null && m.end() < sentence.size() && sentence.token(m.end()).text().equals(":")) {
                return true;
            }
        }
        return false;
    }

    private static Passage build(int index, List<Sentence> sentences, List<Quotation> quotations, DocumentEntities entities) {
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
            for (Mention m : entities.inSentence(sentence.index())) {
                mentions.add(new Mention(m.start() + offset, m.end() + offset, m.text(), m.actor(), m.anaphor(), m.kind(),
                        m.group(), m.possessive()));
            }
        }
        List<String> words = tokens.stream().map(Token::lower).toList();
        return new Passage(index, List.copyOf(sentences), List.copyOf(tokens), sentenceOf, List.copyOf(mentions), words,
                List.copyOf(quotations));
    }
}
