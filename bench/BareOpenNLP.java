import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The baseline of the benchmark: a bare OpenNLP program that detects sentences, tokenizes and POS-tags every
 * sentence of every *.txt file of a directory, with the same models as reactions, and prints the token count.
 * Run with the reactions jar on the classpath: java -cp target/reactions.jar bench/BareOpenNLP.java DIR
 */
public final class BareOpenNLP {
    public static void main(String[] args) throws IOException {
        SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        POSTaggerME tagger = new POSTaggerME(new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")), POSTagFormat.UD);
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long tokens = 0;
        long tags = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                for (String sentence : sentences.sentDetect(line)) {
                    String[] words = tokenizer.tokenize(sentence);
                    tags += tagger.tag(words).length;
                    tokens += words.length;
                }
            }
        }
        System.out.println("documents=" + files.size() + " tokens=" + tokens + " tagged=" + tags);
    }

    private static InputStream open(String model) throws IOException {
        InputStream in = BareOpenNLP.class.getClassLoader().getResourceAsStream(model);
        if (in == null) {
            throw new IOException(model + " not on the classpath");
        }
        return in;
    }
}
