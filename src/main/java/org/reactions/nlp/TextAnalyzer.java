package org.reactions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.reactions.corpus.SourceDocument;

/**
 * Sentence detection, tokenization and part-of-speech tagging for one thread. Each line of the text is a
 * paragraph, but for lines wrapped by hand ({@link NlpText#paragraphEnd}); sentences never cross paragraphs. Only the
 * sentences the caller asks for are tagged, since tagging costs more than everything else put together.
 */
public final class TextAnalyzer {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private static final String OPENING_MARKS = "\"'([";
    private static final String CLOSING_MARKS = "\"'),;:!?]";
    /** the part of speech given to quoted words, which are not tagged */
    public static final String QUOTED = "QUOTED";
    private static final String QUOTATION_PLACEHOLDER = "it";

    private final GreedyTagger tagger;
    /** the tokenizer model's pieces of words it was asked about */
    private final WordCache<Span[]> pieces;
    private final Abbreviations abbreviations;

    TextAnalyzer(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech, Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        this.sentenceDetector = new SentenceDetectorME(sentences);
        this.tokenizer = new TokenizerME(tokens);
        this.pieces = new WordCache<>(tokenizer::tokenizePos);
        this.tagger = partsOfSpeech == null ? null : new GreedyTagger(partsOfSpeech);
    }

    public AnnotatedDocument analyze(SourceDocument document, Predicate<List<Token>> needsTags) {
        return analyze(document, document.bodyStart(), document.text().length(), needsTags);
    }

    /**
     * Analyses the part [from, to) of a document's text (a long document is analysed part by part, so that memory
     * does not grow with its size); offsets stay offsets into the whole text.
     */
    public AnnotatedDocument analyze(SourceDocument document, int from, int to, Predicate<List<Token>> needsTags) {
        String text = document.text();
        Quotations quotes = new Quotations(QuoteFinder.find(text, from, to));
        List<Sentence> sentences = new ArrayList<>();
        int tokenCount = 0;
        int paragraph = 0;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = NlpText.paragraphEnd(text, lineStart, to);
            // a paragraph wrapped by hand is read as one line, of the same length
            String line = NlpText.normalize(text.substring(lineStart, lineEnd)).replace('\n', ' ').replace('\r', ' ');
            if (!line.isBlank()) {
                boolean heading = NlpText.isHeading(line);
                for (Span span : abbreviations.rejoin(line, sentenceDetector.sentPosDetect(line))) {
                    Sentence sentence = sentence(line, lineStart, span, sentences.size(), paragraph, heading, quotes, needsTags);
                    if (sentence.size() > 0) {
                        sentences.add(sentence);
                        tokenCount += sentence.size();
                    }
                }
                paragraph++;
            }
            lineStart = nextLine(text, lineEnd);
        }
        return new AnnotatedDocument(document, sentences, quotes.all(), tokenCount);
    }

    private Sentence sentence(String line, int lineStart, Span span, int index, int paragraph, boolean heading,
                              Quotations quotes, Predicate<List<Token>> needsTags) {
        String sentence = line.substring(span.getStart(), span.getEnd());
        int base = lineStart + span.getStart();
        List<Token> tokens = TokenSplitter.split(sentence, tokenSpans(sentence), base, quotes);
        boolean tag = !tokens.isEmpty() && needsTags.test(tokens);
        if (tag) {
            tokens = tag(tokens);
        }
        return new Sentence(index, paragraph, base, lineStart + span.getEnd(), tokens, tag, heading);
    }

    /**
     * Tags the words outside quotations; each quoted stretch goes to the tagger as one placeholder word and its
     * words get the tag {@link #QUOTED}. Nothing reads the parts of speech of quoted words (they are the speaker's,
     * not the reporting clause), and quotations are a third of news text.
     */
    private List<Token> tag(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        int[] wordOf = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.quoted() && i > 0 && tokens.get(i - 1).quoted()) {
                wordOf[i] = -1;
                continue;
            }
            wordOf[i] = t.quoted() ? -1 : words.size();
            words.add(t.quoted() ? QUOTATION_PLACEHOLDER : t.text());
        }
        String[] tags = tagger.tag(words.toArray(String[]::new));
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tagged.add(tokens.get(i).withTag(wordOf[i] < 0 ? QUOTED : tags[wordOf[i]]));
        }
        return tagged;
    }

    /** Tokenizes a short phrase the way sentences are tokenized (used to build dictionaries from data files). */
    public String[] tokenize(String phrase) {
        String normalized = NlpText.normalize(phrase);
        return TokenSplitter.split(normalized, tokenSpans(normalized), 0, Quotations.NONE).stream()
                .map(Token::text).toArray(String[]::new);
    }

    /**
     * The tokenizer model's tokens, asking the model only about words with something other than letters and digits
     * in them: the model splits each whitespace-separated word on its own, and it keeps a word of letters and digits
     * whole, so asking about those only costs time (the "alphanumeric optimization" of OpenNLP tokenizers).
     */
    private Span[] tokenSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean alphanumeric = true;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                alphanumeric &= Character.isLetterOrDigit(text.charAt(i));
                i++;
            }
            if (start == i) {
                break;
            }
            if (alphanumeric || i - start < 2) {
                spans.add(new Span(start, i));
            } else if (!addWrappedWord(text, start, i, spans)) {
                for (Span piece : pieces.get(text.substring(start, i))) {
                    spans.add(new Span(piece.getStart() + start, piece.getEnd() + start));
                }
            }
        }
        return spans.toArray(Span[]::new);
    }

    /**
     * A word of letters and digits (perhaps with a possessive 's) between opening and closing marks, such as
     * {@code "Moscow,} or {@code (IRGC)}: every mark is a token of its own, as the model would have it, without asking
     * the model. Returns false for anything else (full stops, inner punctuation), which the model decides.
     */
    private static boolean addWrappedWord(String text, int start, int end, List<Span> spans) {
        int from = start;
        while (from < end && OPENING_MARKS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        int to = end;
        while (to > from && CLOSING_MARKS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        int core = to;
        if (core - from > 2 && text.charAt(core - 2) == '\'' && text.charAt(core - 1) == 's') {
            core -= 2;
        }
        if (from >= core) {
            return false;
        }
        for (int c = from; c < core; c++) {
            if (!Character.isLetterOrDigit(text.charAt(c))) {
                return false;
            }
        }
        for (int c = start; c < from; c++) {
            spans.add(new Span(c, c + 1));
        }
        spans.add(new Span(from, to));
        for (int c = to; c < end; c++) {
            spans.add(new Span(c, c + 1));
        }
        return true;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
