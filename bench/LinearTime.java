import java.util.List;
import org.reactions.corpus.SourceDocument;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.robust.InputShapes;
import org.reactions.summary.DocumentResult;

/**
 * The wall-clock side of LinearTimeTest (which counts work instead): in one warm JVM, each shape of InputShapes is
 * analysed at N and 2N repetitions (N grown from 2,000 until the smaller input takes 200 ms, so that a ratio means
 * something), best of three runs; doubling an input must take less than three times as long (a square term takes
 * four). Prints a Markdown table with the times and the steps the stages counted; exits 1 when a shape fails.
 * Usage: LinearTime [N]
 */
public final class LinearTime {
    private static final double MOST = 3.0;
    private static final long SHORTEST = 200_000_000L;
    private static final Analyzer ANALYZER = new Analyzer(AnalysisSettings.builder().countries(List.of("RU", "CN", "IR")).build(),
            ActorKnowledgeBase.bundled());

    private record Run(long nanos, DocumentResult result) {
    }

    private static Run bestOfThree(String text) {
        Run best = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            DocumentResult result = ANALYZER.analyze(0, new SourceDocument("shape", "shape.txt", text, null, 0, List.of()));
            long nanos = System.nanoTime() - start;
            if (result.failed()) {
                throw new IllegalStateException(result.error());
            }
            best = best == null || nanos < best.nanos() ? new Run(nanos, result) : best;
        }
        return best;
    }

    public static void main(String[] args) {
        int first = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        boolean failed = false;
        System.out.println("| shape | N | time N | time 2N | x time | steps N | steps 2N | x steps |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (InputShapes shape : InputShapes.values()) {
            bestOfThree(shape.text(first / 4)); // warm the JIT up on this shape's paths
            int size = first;
            Run small = bestOfThree(shape.text(size));
            while (small.nanos() < SHORTEST && size < 32 * first) { // a fast shape is grown until its time is more than noise
                size *= 2;
                small = bestOfThree(shape.text(size));
            }
            Run large = bestOfThree(shape.text(2 * size));
            if ((double) large.nanos() / small.nanos() >= MOST) { // a collection in the way: a square term stays at four
                Run again = bestOfThree(shape.text(size));
                small = again.nanos() < small.nanos() ? again : small;
                Run againLarge = bestOfThree(shape.text(2 * size));
                large = againLarge.nanos() < large.nanos() ? againLarge : large;
            }
            double ratio = (double) large.nanos() / small.nanos();
            System.out.printf("| %s | %d | %.0f ms | %.0f ms | %.2f | %d | %d | %.2f |%n", shape, size, small.nanos() / 1e6,
                    large.nanos() / 1e6, ratio, small.result().steps(), large.result().steps(),
                    (double) large.result().steps() / small.result().steps());
            failed |= ratio >= MOST;
        }
        System.exit(failed ? 1 : 0);
    }
}
