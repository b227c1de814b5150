package org.reactions.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reactions.corpus.CorpusOptions;
import org.reactions.corpus.CorpusReader;
import org.reactions.corpus.PendingDocument;
import org.reactions.corpus.SourceDocument;
import org.reactions.corpus.UnreadableDocumentException;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.nlp.NlpModels;
import org.reactions.pipeline.AnalysisSettings;
import org.reactions.pipeline.Analyzer;
import org.reactions.pipeline.Knowledge;
import org.reactions.pipeline.ExitCode;
import org.reactions.render.Explanation;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.DocumentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code reactions explain DOC#N PATH...}: why a statement got its speaker, country and labels. */
@Command(name = "explain",
        description = "Explains one statement: the cues and rules that gave it its speaker, country and labels, with its text.",
        exitCodeList = {
            "0:the statement was explained",
            "2:usage error (no such document among the PATHs, no such statement in it)",
            "3:the document could not be read",
            ExitCodeHelp.WRITE_FAILED_HELP, ExitCodeHelp.BROKEN_PIPE_HELP},
        footerHeading = "%nExamples:%n", footer = {
            "  reactions explain '004_6e1d4279abbc95ea#3' corpus/",
            "  reactions explain '004_6e1d4279abbc95ea#3' corpus/ --format json | jq .speakerReasons"})
public final class ExplainCommand implements Callable<Integer> {
    /** The formats of an explanation. */
    enum ExplainFormat { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC#N", converter = StatementId.Converter.class,
            description = "A statement id, as in the reports: document id, '#', where the statement lies in the document.")
    StatementId statementId;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExplainFormat format;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS_HELP)
    void paths(List<String> paths) {
        input.paths = paths;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        NlpModels models = NlpModels.fromClasspath();
        ActorKnowledgeBase kb = input.knowledgeBase(commandLine);
        AnalysisSettings settings = input.settings(commandLine, kb);
        Knowledge knowledge = input.knowledge(commandLine, kb, settings);
        Optional<PendingDocument> source = find(statementId.document(), commandLine, input.corpusOptions(commandLine, settings, knowledge.boilerplate()));
        if (source.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine,
                    "no document '" + statementId.document() + "' among " + String.join(" ", input.paths));
        }
        SourceDocument document;
        try {
            document = source.get().read();
        } catch (UnreadableDocumentException e) {
            commandLine.getErr().println("reactions: " + source.get().path() + ": " + e.getMessage());
            return ExitCode.NOTHING_READABLE;
        }
        Analyzer analyzer;
        try {
            analyzer = new Analyzer(settings, knowledge, models);
        } catch (KnowledgeException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage()); // a --stance-model that cannot be used
        }
        DocumentResult result = analyzer.analyze(0, document);
        Optional<LabeledStatement> statement = result.statements().stream()
                .filter(s -> s.statement().ordinal() == statementId.number()).findFirst();
        if (statement.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "document '" + statementId.document() + "' has "
                    + result.statements().size() + " statements for " + CountryCode.join(",", settings.countries())
                    + "; there is no #" + statementId.number());
        }
        try (OutputTarget target = output.open(commandLine)) {
            if (format == ExplainFormat.json) {
                Explanation.json(target.writer(), statement.get(), source.get().path());
            } else {
                Explanation.text(target.writer(), statement.get(), source.get().path(), output.ansi(commandLine));
            }
            target.commit();
        }
        return ExitCode.OK;
    }

    /** The document of an id, among files and the articles of feeds (read up to it). */
    private Optional<PendingDocument> find(String documentId, CommandLine commandLine, CorpusOptions reading) {
        try (CorpusReader documents = new CorpusReader(input.listing().documents(), reading, Main.stdin(commandLine))) {
            while (documents.hasNext()) {
                PendingDocument document = documents.next();
                if (document.id().equals(documentId)) {
                    return Optional.of(document);
                }
            }
        }
        return Optional.empty();
    }
}
