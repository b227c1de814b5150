package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.stance.LabeledStatement;

/** A real model, trained here on a few annotated sentences, passed in as a user would with --name-model. */
class NameModelTest {
    /** "Will" reads as an auxiliary to the tagger, so the rules alone miss this speaker. */
    private static final String TEXT = "Tehran, March 3.\nIran's envoy, Will Grant, said the strikes were illegal.\n";

    @TempDir
    Path dir;

    @Test
    void personNamesTheModelFindsCountAsNames() throws IOException {
        Path model = dir.resolve("people.bin");
        try (OutputStream out = Files.newOutputStream(model)) {
            trainPeopleModel().serialize(out);
        }
        Analyzer withModel = new Analyzer(new AnalysisSettings(Fixtures.COUNTRIES, 20_000_000, 1, List.of(), List.of(), model),
                Fixtures.KNOWLEDGE, Fixtures.MODELS);

        List<LabeledStatement> found = withModel.analyze(0, Fixtures.document(TEXT)).statements();

        assertEquals(1, found.size(), found::toString);
        assertEquals("Will Grant", found.get(0).statement().speaker().name());
        assertEquals(CountryCode.of("IR"), found.get(0).statement().country());
        assertTrue(Fixtures.labeled(TEXT).stream().noneMatch(s -> s.statement().speaker().name().equals("Will Grant")),
                "without the model the rules should miss this name, or the test shows nothing");
    }

    @Test
    void aFileThatIsNoModelIsAOneLineError() throws IOException {
        Path notAModel = Files.writeString(dir.resolve("model.bin"), "not a model");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> NameModel.load(notAModel));
        assertTrue(e.getMessage().startsWith("cannot load name model " + notAModel + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    private static TokenNameFinderModel trainPeopleModel() throws IOException {
        String[] people = {"Will Grant", "May Hope", "Mark Young", "Rose Long", "Grant Will", "Hope Mayer"};
        String[] frames = {"Iranian envoy %s said the talks had failed .", "%s told reporters the war must end .",
            "The minister , %s , warned of escalation .", "Spokesman %s said on Monday that the strikes were illegal .",
            "According to %s , Tehran will respond ."};
        List<NameSample> samples = new ArrayList<>();
        for (String person : people) {
            for (String frame : frames) {
                samples.add(NameSample.parse(String.format(frame, "<START:person> " + person + " <END>"), false));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        return NameFinderME.train("en", "person", ObjectStreamUtils.createObjectStream(samples), parameters,
                new TokenNameFinderFactory());
    }
}
