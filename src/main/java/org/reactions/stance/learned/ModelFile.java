package org.reactions.stance.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learned stance model as stored: a classifier per label, the rules that decide on their own, the target
 * classifier and the sense table. Labels are names here; the stance stage checks them against labels.tsv. The
 * format is binary, versioned, and written in a fixed order, so that training on the same data gives the same
 * bytes.
 *
 * @param description what it was trained on, for {@code --version}-like reports
 * @param labels      by label name, the classifier that says whether a statement has that label
 * @param rules       the rules that decide a label on their own
 * @param targets     the classifier that says whether a candidate country is a target
 * @param senses      the WordNet table the features read
 */
public record ModelFile(String description, Map<String, Classifier> labels, List<DecisiveRule> rules, Classifier targets,
                        SenseTable senses) {
    private static final int MAGIC = 0x52534d31; // "RSM1"
    public static final int VERSION = 2;

    public ModelFile {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        rules = List.copyOf(rules);
    }

    /**
     * A classifier with its decision band: "yes" from {@code threshold + margin} up, "no" below
     * {@code threshold - margin}; between the two the model is unsure and the rules' answer stands.
     */
    public record Classifier(LinearModel model, double threshold, double margin) {
    }

    /**
     * A rule that decides its label on its own, because it was right at least 95% of the times it fired in training.
     *
     * @param ruleId the rule ({@code RuleVote#ruleId})
     * @param label  the label it votes for
     * @param right  how often the label was in the gold when it fired
     * @param fired  how often it fired
     */
    public record DecisiveRule(String ruleId, String label, int right, int fired) {
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(description);
        java.util.TreeSet<String> names = new java.util.TreeSet<>(targets.model().weights().keySet());
        labels.values().forEach(c -> names.addAll(c.model().weights().keySet()));
        List<String> features = List.copyOf(names);
        out.writeInt(features.size());
        for (String feature : features) {
            out.writeUTF(feature);
        }
        out.writeInt(labels.size());
        for (Map.Entry<String, Classifier> e : labels.entrySet()) {
            out.writeUTF(e.getKey());
            writeClassifier(out, e.getValue(), features);
        }
        out.writeInt(rules.size());
        for (DecisiveRule rule : rules) {
            out.writeUTF(rule.ruleId());
            out.writeUTF(rule.label());
            out.writeInt(rule.right());
            out.writeInt(rule.fired());
        }
        writeClassifier(out, targets, features);
        senses.write(out);
        out.flush();
    }

    public static ModelFile read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a reactions stance model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("stance model format " + version + ", this version of reactions reads format " + VERSION);
        }
        String description = in.readUTF();
        List<String> names = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            names.add(in.readUTF());
        }
        FeatureIndex index;
        try {
            index = new FeatureIndex(names);
        } catch (IllegalArgumentException e) { // only a damaged file names a feature twice
            throw new IOException(e.getMessage());
        }
        Map<String, Classifier> labels = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            labels.put(in.readUTF(), readClassifier(in, index));
        }
        List<DecisiveRule> rules = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            rules.add(new DecisiveRule(in.readUTF(), in.readUTF(), in.readInt(), in.readInt()));
        }
        Classifier targets = readClassifier(in, index);
        return new ModelFile(description, labels, rules, targets, SenseTable.read(in));
    }

    /** A classifier's band and its weights over the model's feature names, one float for each name (0 where it has none). */
    private static void writeClassifier(DataOutputStream out, Classifier c, List<String> features) throws IOException {
        out.writeDouble(c.threshold());
        out.writeDouble(c.margin());
        java.nio.ByteBuffer weights = java.nio.ByteBuffer.allocate(Float.BYTES * features.size());
        for (String feature : features) {
            weights.putFloat((float) c.model().weight(feature));
        }
        out.write(weights.array());
    }

    private static Classifier readClassifier(DataInputStream in, FeatureIndex index) throws IOException {
        double threshold = in.readDouble();
        double margin = in.readDouble();
        byte[] bytes = new byte[Float.BYTES * index.size()];
        in.readFully(bytes);
        float[] stored = new float[index.size()];
        java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(stored);
        double[] weights = new double[stored.length];
        for (int i = 0; i < stored.length; i++) {
            weights[i] = stored[i];
        }
        return new Classifier(new LinearModel(index, weights), threshold, margin);
    }
}
