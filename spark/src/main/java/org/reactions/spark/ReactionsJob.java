package org.reactions.spark;

import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;
import org.reactions.pipeline.ExitCode;

/**
 * The reactions analysis as a Spark job, with the command line's results and exit codes:
 * {@code spark-submit --class org.reactions.spark.ReactionsJob reactions-spark.jar --input PATH --output DIR ...}.
 */
public final class ReactionsJob {
    static final String NAME = "reactions-spark";
    /** the job itself failed (a Spark or file-system error), as opposed to some of its documents */
    static final int JOB_FAILED = 4;

    private ReactionsJob() {
    }

    public static void main(String[] args) {
        JobArguments parsed;
        try {
            parsed = JobArguments.parse(args);
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(ExitCode.USAGE);
            return;
        }
        SparkSession spark;
        try {
            spark = SparkSession.builder().appName("reactions").getOrCreate();
        } catch (RuntimeException e) {
            System.err.println(NAME + ": cannot start Spark: " + JobRun.firstLine(e));
            System.exit(JOB_FAILED);
            return;
        }
        int code;
        try {
            code = run(spark, parsed, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job in a session the caller owns; every problem is one line on {@code err} and an exit code. */
    static int run(SparkSession spark, JobArguments args, PrintStream err) {
        try {
            JobRun.Result result = new JobRun(spark, err).run(args);
            if (result.documents() == 0) {
                err.println(NAME + ": nothing to analyse in " + args.input());
                return ExitCode.NOTHING_READABLE;
            }
            if (result.failedDocuments() == result.documents()) {
                err.println(NAME + ": no document could be read");
                return ExitCode.NOTHING_READABLE;
            }
            err.println(NAME + ": " + result.documents() + " documents analysed, " + result.failedDocuments() + " could not be read; "
                    + result.statements() + " statements; results in " + args.output());
            return result.failedDocuments() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
        } catch (UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (Exception e) {
            err.println(NAME + ": the job failed: " + JobRun.firstLine(e));
            return JOB_FAILED;
        }
    }
}
