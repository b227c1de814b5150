package org.reactions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.reactions.corpus.SourceDocument;

/**
 * Sentence detection, tokenization and part-of-speech tagging for one thread. Each line of the text is a
 * paragraph; sentences never cross lines. Only the sentences the caller asks for are tagged, since tagging
 * costs more than everything else put together.
 */
public final class TextAnalyzer {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final Abbreviations abbreviations;

    TextAnalyzer(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech, Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        this.sentenceDetector = new SentenceDetectorME(sentences);
        this.tokenizer = new TokenizerME(tokens);
        this.tagger = new POSTaggerME(partsOfSpeech, POSTagFormat.UD);
    }

    public AnnotatedDocument analyze(SourceDocument document, Predicate<List<Token>> needsTags) {
        String text = document.text();
        Quotations quotes = new Quotations(QuoteFinder.find(text, document.bodyStart()));
        List<Sentence> sentences = new ArrayList<>();
        int tokenCount = 0;
        int paragraph = 0;
        int lineStart = document.bodyStart();
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            String line = NlpText.normalize(text.substring(lineStart, lineEnd));
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
        List<Token> tokens = TokenSplitter.split(sentence, tokenizer.tokenizePos(sentence), base, quotes);
        boolean tag = !tokens.isEmpty() && needsTags.test(tokens);
        if (tag) {
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            String[] tags = tagger.tag(words);
            List<Token> tagged = new ArrayList<>(tokens.size());
            for (int i = 0; i < words.length; i++) {
                tagged.add(tokens.get(i).withTag(tags[i]));
            }
            tokens = tagged;
        }
        return new Sentence(index, paragraph, base, lineStart + span.getEnd(), tokens, tag, heading);
    }

    /** Tokenizes a short phrase the way sentences are tokenized (used to build dictionaries from data files). */
    public String[] tokenize(String phrase) {
        String normalized = NlpText.normalize(phrase);
        return TokenSplitter.split(normalized, tokenizer.tokenizePos(normalized), 0, Quotations.NONE).stream()
                .map(Token::text).toArray(String[]::new);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
