package org.reactions.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;
import org.reactions.pipeline.Countries;
import org.reactions.pipeline.Knowledge;
import org.reactions.pipeline.RunSummaries;
import org.reactions.summary.SummaryAccumulator;

/** One run of the job on the driver: checks the arguments, analyses on the executors, merges, writes. */
final class JobRun {
    /**
     * What a run found.
     *
     * @param documents       documents in the run
     * @param failedDocuments documents that could not be analysed
     * @param statements      statements found
     * @param partitions      partitions whose accumulators were merged into the summary
     * @param outOfRange      documents left out for their date (--since, --until)
     */
    record Result(int documents, int failedDocuments, int statements, long partitions, long outOfRange) {
    }

    private final SparkSession spark;
    private final PrintStream err;

    JobRun(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    Result run(JobArguments args) throws IOException {
        JobOutput output = new JobOutput(spark, args.output());
        output.checkNew();
        List<String> actorFiles = ship("--actors", args.actorFiles());
        List<String> stanceCueFiles = ship("--stance-cues", args.stanceCueFiles());
        ActorKnowledgeBase kb = knowledgeBase(actorFiles);
        List<CountryCode> countries;
        try {
            countries = Countries.validated(args.countries(), kb);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--countries: " + e.getMessage());
        }
        JobSettings settings = new JobSettings(countries, args.maxDocumentBytes(), actorFiles, stanceCueFiles, args.voices(),
                args.dates());
        Knowledge knowledge = knowledge(kb, settings);

        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableWritable<Configuration>> hadoopConf = sc.broadcast(new SerializableWritable<>(sc.hadoopConfiguration()));
        JavaRDD<AnalysedDocument> firstPass = JobInput.documents(spark, args, knowledge.boilerplate())
                .mapPartitions(new PartitionAnalysis(settings, hadoopConf))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // pass 1 on every partition at once (toLocalIterator alone would analyse them one after the other), then the
            // claims in input order on the driver, from the keys alone, one persisted partition at a time
            if (firstPass.count() == 0) {
                return new Result(0, 0, 0, 0, 0);
            }
            long outOfRange = args.dates().isAll() ? 0 : firstPass.filter(AnalysedDocument::outOfRange).count();
            JavaRDD<AnalysedDocument> analysed = firstPass.filter(document -> !document.outOfRange());
            Broadcast<RunClaims> claims = sc.broadcast(RunClaims.of(analysed.map(AnalysedDocument::keys).toLocalIterator()));
            SummaryAccumulator summary = analysed.treeAggregate(new SummaryAccumulator(countries, args.count().reports()),
                    (counts, document) -> {
                        counts.add(document.counts(), claims.value().of(document));
                        return counts;
                    }, SummaryAccumulator::merge);
            JavaRDD<DocumentOutput> documents = analysed.map(document -> document.claimed(claims.value().of(document)));
            output.writeReport(documents.toLocalIterator(), RunSummaries.of(summary, knowledge), err);
            output.writeTables(documents);
            return new Result(summary.documents(), summary.failedDocuments(), summary.statements(), analysed.getNumPartitions(), outOfRange);
        } finally {
            firstPass.unpersist(false);
        }
    }

    /** Sends user files to every executor with SparkFiles; returns the names they will have there. */
    private List<String> ship(String option, List<String> files) {
        List<String> names = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (String file : files) {
            String name = new Path(file).getName();
            if (!added.add(name)) {
                throw new UsageException(option + ": two files are named " + name + "; rename one");
            }
            try {
                spark.sparkContext().addFile(file);
            } catch (RuntimeException e) {
                throw new UsageException(option + ": cannot read " + file + " (" + firstLine(e) + ")");
            }
            names.add(name);
        }
        return names;
    }

    /** Loads the knowledge base on the driver too: a bad user file is a usage error before any task runs. */
    private static ActorKnowledgeBase knowledgeBase(List<String> actorFiles) {
        try {
            return ActorKnowledgeBase.load(JobSettings.local(actorFiles));
        } catch (KnowledgeException e) {
            throw new UsageException("--actors: " + e.getMessage());
        }
    }

    /** The rest of the knowledge, on the driver as on each executor, which the report's summary words its lines with. */
    private static Knowledge knowledge(ActorKnowledgeBase kb, JobSettings settings) {
        try {
            return Knowledge.load(kb, settings.analysisSettings());
        } catch (KnowledgeException e) {
            throw new UsageException("--stance-cues: " + e.getMessage());
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
