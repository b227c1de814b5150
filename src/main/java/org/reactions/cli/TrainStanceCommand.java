package org.reactions.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.nlp.NlpModels;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.pipeline.Knowledge;
import org.reactions.pipeline.ExitCode;
import org.reactions.stance.Label;
import org.reactions.stance.Labels;
import org.reactions.stance.learned.ModelFile;
import org.reactions.stance.learned.SenseTable;
import org.reactions.training.CrossValidation;
import org.reactions.training.Example;
import org.reactions.training.Examples;
import org.reactions.training.GoldDocument;
import org.reactions.training.StanceCorpus;
import org.reactions.training.StanceTrainer;
import org.reactions.training.WordNetSenses;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reactions train-stance}: a stance model learned from annotated statements, and how well it does on crises held out. */
@Command(name = "train-stance",
        description = "Trains a stance model on annotated statements: the stance corpus's .jsonl files (data/stance) and gold files "
                + "in the format of the evaluation guidelines (documents in an articles/ folder beside each). Use it with "
                + "--stance-model on any corpus command. The same files give the same model, byte for byte.",
        footerHeading = "%nExamples:%n", footer = {
            "  reactions train-stance data/stance/*.jsonl my-crisis/gold.json -o my-stance.bin",
            "  reactions summarize my-crisis/articles --stance-model my-stance.bin",
            "  reactions train-stance data/stance/*.jsonl --evaluate --learning-curve   # leave one crisis out"})
public final class TrainStanceCommand implements Callable<Integer> {
    private static final double[] CURVE = {0.25, 0.5, 1.0};
    private static final long SEED = 19;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Annotation files: .jsonl lines of the stance corpus, or gold .json files.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the model to FILE (replaced atomically).")
    String output;

    @Option(names = "--calibrate", paramLabel = "FILE", arity = "1..*",
            description = "Annotation files of the crisis the model is for, on which the bands where the rules' answer stands are chosen "
                    + "(not trained on); without them, on crises held out of the training files. Repeatable.")
    List<Path> calibrationFiles = new ArrayList<>();

    @Option(names = "--articles", paramLabel = "DIR", description = "A folder of the documents of gold .json files, looked in before articles/ beside each file.")
    Path articles;

    @Option(names = "--actors", paramLabel = "FILE", description = "Actor file, as for the corpus commands, so that statements are found as they will be. Repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--evaluate", description = "Leave each crisis out in turn: train on the others and score the one left out, beside the rules alone.")
    boolean evaluate;

    @Option(names = "--learning-curve", description = "With --evaluate, also train on 25%% and 50%% of the statements.")
    boolean learningCurve;

    @Option(names = {"-q", "--quiet"}, description = "No training log on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if (output == null && !evaluate) {
            throw new CommandLine.ParameterException(commandLine, "give -o FILE for the model, or --evaluate");
        }
        PrintWriter err = commandLine.getErr();
        Consumer<String> log = quiet ? line -> { } : line -> err.println("reactions: " + line);
        List<GoldDocument> training = documents(commandLine, files);
        List<GoldDocument> calibrating = documents(commandLine, calibrationFiles);
        SenseTable.Builder senses = WordNetSenses.read();
        Analyzer analyzer = analyzer(commandLine, senses.build(feature -> true, word -> true));
        List<Example> examples = examples(commandLine, training, analyzer, log);
        List<Example> calibration = calibrating.isEmpty() ? List.of() : examples(commandLine, calibrating, analyzer, log);
        Labels labels = analyzer.knowledge().labels();
        StanceTrainer trainer = new StanceTrainer(StanceTrainer.Settings.DEFAULT, labels, log);
        if (evaluate) {
            report(commandLine.getOut(), new CrossValidation(new StanceTrainer(StanceTrainer.Settings.DEFAULT, labels, line -> { }),
                            analyzer.knowledge().stance().lexicon()), examples, calibration, senses);
        }
        if (output != null) {
            ModelFile model = trainer.train(examples, calibration, senses, description(examples, calibration));
            try (OutputTarget target = OutputTarget.open(output, Main.stdout(commandLine))) {
                model.write(target.bytes());
                target.commit();
            } catch (OutputTarget.WriteFailedException e) {
                err.println("reactions: " + e.getMessage());
                return ExitCode.WRITE_FAILED;
            }
            log.accept("wrote " + output);
        }
        return ExitCode.OK;
    }

    /** The pipeline that observes annotated statements: the stance rules, and features read with all of WordNet. */
    private Analyzer analyzer(CommandLine commandLine, SenseTable senses) {
        ActorKnowledgeBase kb;
        try {
            kb = ActorKnowledgeBase.load(actorFiles);
        } catch (KnowledgeException e) {
            throw new CommandLine.ParameterException(commandLine, "--actors: " + e.getMessage());
        }
        AnalysisSettings settings = AnalysisSettings.builder().actorFiles(actorFiles).build();
        return new Analyzer(settings, Knowledge.load(kb, settings), NlpModels.fromClasspath(), senses);
    }

    /** The annotated documents of some files; a file that cannot be read or holds bad annotations is a usage error. */
    private List<GoldDocument> documents(CommandLine commandLine, List<Path> annotations) {
        for (Path file : annotations) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new CommandLine.ParameterException(commandLine, file + ": no such readable file");
            }
        }
        try {
            return StanceCorpus.readAll(annotations, articles);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    private List<Example> examples(CommandLine commandLine, List<GoldDocument> documents, Analyzer analyzer, Consumer<String> log) {
        List<Example> examples;
        try {
            examples = Examples.of(documents, analyzer);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        long found = examples.stream().filter(Example::found).count();
        log.accept(examples.size() + " statements in " + documents.size() + " documents; the statement stage found "
                + found + " of them (" + Math.round(100.0 * found / Math.max(1, examples.size())) + "%)");
        return examples;
    }

    private static String description(List<Example> examples, List<Example> calibration) {
        long crises = examples.stream().map(Example::group).distinct().count();
        return "trained on " + examples.size() + " statements of " + crises + " crises"
                + (calibration.isEmpty() ? "" : ", calibrated on " + calibration.size() + " more");
    }

    private void report(PrintWriter out, CrossValidation cv, List<Example> examples, List<Example> calibration, SenseTable.Builder senses) {
        out.println("| crisis left out | statements | label F1, model | label F1, rules | target F1, model | target F1, rules |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        List<CrossValidation.Figures> all = cv.leaveOneGroupOut(examples, calibration, senses, 1.0, SEED);
        double[] mean = new double[4];
        for (CrossValidation.Figures f : all) {
            double[] row = {f.model().labelF1(), f.rules().labelF1(), f.model().targetF1(), f.rules().targetF1()};
            out.println(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |", f.group(), f.model().statements(), row[0], row[1], row[2], row[3]));
            for (int i = 0; i < 4; i++) {
                mean[i] += row[i] / all.size();
            }
        }
        out.println(String.format(Locale.ROOT, "| mean over crises | %d | %.3f | %.3f | %.3f | %.3f |", examples.size(), mean[0], mean[1], mean[2], mean[3]));
        out.println();
        out.println("| label | the model alone gives it | and is right | the rules alone give it | and are right |");
        out.println("| --- | ---: | ---: | ---: | ---: |");
        Map<Label, CrossValidation.Disagreement> sum = new TreeMap<>();
        all.forEach(f -> f.disagreements().forEach((label, d) -> sum.merge(label, d, CrossValidation.Disagreement::plus)));
        sum.forEach((label, d) -> out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |", label, d.modelOnly(), d.modelOnlyRight(),
                d.rulesOnly(), d.rulesOnlyRight())));
        if (learningCurve) {
            out.println();
            out.println("| share of the other crises' statements | mean label F1 | mean target F1 |");
            out.println("| ---: | ---: | ---: |");
            for (double share : CURVE) {
                List<CrossValidation.Figures> figures = share == 1.0 ? all : cv.leaveOneGroupOut(examples, calibration, senses, share, SEED);
                double label = figures.stream().mapToDouble(f -> f.model().labelF1()).average().orElse(0);
                double target = figures.stream().mapToDouble(f -> f.model().targetF1()).average().orElse(0);
                out.println(String.format(Locale.ROOT, "| %.0f%% | %.3f | %.3f |", share * 100, label, target));
            }
        }
        out.flush();
    }
}
