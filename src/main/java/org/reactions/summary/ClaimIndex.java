package org.reactions.summary;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reactions.stance.LabeledStatement;

/**
 * Finds the statements that are one claim reported by several sources: the same speaker with the same or nearly the
 * same words (an agency's quotation reprinted under other mastheads, with another headline, a byline, a paragraph
 * trimmed). The words are the quotation, or the statement's sentence for reported speech, as word trigrams; their
 * MinHash signature ({@value #HASHES} hashes) is cut into {@value #BANDS} bands, and statements of the same speaker
 * that share a band are compared: an estimated Jaccard similarity of at least {@value #SAME_CLAIM} makes them one
 * claim. Each statement costs a fixed number of hashes and bucket look-ups, so a run stays linear in its
 * statements, never comparing all pairs. Statements must be given in input order: a claim's id is the id of its
 * first report, whatever the number of threads. Memory stays bounded: the index keeps the latest
 * {@value #WINDOW} claims, so a copy reprinted after that many newer distinct claims counts as a claim of its own.
 */
public final class ClaimIndex {
    static final int HASHES = 32;
    static final int BANDS = 16;
    static final double SAME_CLAIM = 0.5;
    /** claims kept for matching: about 2.5 KB each (measured), so at most about 120 MB */
    static final int WINDOW = 50_000;
    private static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = seeds();

    /** Claims by band bucket (speaker, band, band values). */
    private final Map<Long, List<Claim>> buckets = new HashMap<>();
    /** the claims kept, oldest first */
    private final ArrayDeque<Claim> kept = new ArrayDeque<>();
    private final int window;

    private record Claim(String id, String speaker, long[] signature, long[] keys) {
    }

    public ClaimIndex() {
        this(WINDOW);
    }

    ClaimIndex(int window) {
        this.window = window;
    }

    /**
     * The claim of a statement.
     *
     * @param firstReport whether the statement is the first report of its claim (it then names the claim)
     */
    public record Claimed(String claim, boolean firstReport) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What the index reads of a statement, as plain data that can be computed where the statement was found and
     * sent elsewhere to be claimed in input order (a Spark job's driver): about 300 bytes.
     *
     * @param statementId the statement's id (a claim's id is its first report's)
     * @param speaker     the speaker's country and name
     * @param signature   the MinHash signature of its words ({@value #HASHES} hashes)
     */
    public record Key(String statementId, String speaker, long[] signature) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Key {
            signature = signature.clone();
        }

        /** The key of a statement. */
        public static Key of(LabeledStatement statement) {
            return new Key(statement.id(), speakerKey(statement), ClaimIndex.signature(statement.statement().ownWords()));
        }
    }

    /** The claim of the next statement of the run. */
    public Claimed claim(LabeledStatement statement) {
        return claim(Key.of(statement));
    }

    Claimed claim(String statementId, String speaker, String words) {
        return claim(new Key(statementId, speaker, signature(words)));
    }

    /** The claim of the next statement of the run, from its key. */
    public Claimed claim(Key statement) {
        String statementId = statement.statementId();
        String speaker = statement.speaker();
        long[] signature = statement.signature();
        long[] keys = new long[BANDS];
        long speakerHash = hash(speaker);
        Claim best = null;
        double bestSimilarity = SAME_CLAIM;
        for (int band = 0; band < BANDS; band++) {
            keys[band] = bucketKey(speakerHash, band, signature);
            for (Claim candidate : buckets.getOrDefault(keys[band], List.of())) {
                double similarity = similarity(signature, candidate.signature());
                if (candidate.speaker().equals(speaker) && (similarity > bestSimilarity || similarity == bestSimilarity && best == null)) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        if (best != null) {
            return new Claimed(best.id(), false);
        }
        Claim claim = new Claim(statementId, speaker, signature, keys);
        for (long key : keys) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(claim);
        }
        kept.addLast(claim);
        if (kept.size() > window) {
            forget(kept.removeFirst());
        }
        return new Claimed(statementId, true);
    }

    private void forget(Claim claim) {
        for (long key : claim.keys()) {
            List<Claim> bucket = buckets.get(key);
            bucket.remove(claim);
            if (bucket.isEmpty()) {
                buckets.remove(key);
            }
        }
    }

    private static String speakerKey(LabeledStatement s) {
        return s.country() + "\t" + s.statement().speaker().name();
    }

    /** The MinHash signature of the words' trigrams (of the words themselves when there are fewer than three). */
    static long[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        long[] signature = new long[HASHES];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        int n = Math.min(3, Math.max(1, kept.size()));
        for (int i = 0; i + n <= Math.max(n, kept.size()); i++) {
            long shingle = hash(kept.isEmpty() ? "" : String.join(" ", kept.subList(i, Math.min(kept.size(), i + n))));
            for (int h = 0; h < HASHES; h++) {
                signature[h] = Math.min(signature[h], mix(shingle ^ SEEDS[h]));
            }
        }
        return signature;
    }

    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static long bucketKey(long speakerHash, int band, long[] signature) {
        long key = speakerHash * 31 + band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            key = mix(key ^ signature[row]);
        }
        return key;
    }

    /** FNV-1a, 64 bits: the same on every JVM, unlike String.hashCode's 32 bits. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
