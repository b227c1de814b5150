package org.reactions.spark;

import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;
import org.reactions.pipeline.ExitCode;
import org.reactions.pipeline.RunMessages;

/**
 * The reactions analysis as a Spark job, with the command line's results and exit codes:
 * {@code spark-submit --class org.reactions.spark.ReactionsJob reactions-spark.jar --input PATH --output DIR ...}.
 */
public final class ReactionsJob {
    /** the job's lines on standard error: the command line's, after the job's own name */
    static final RunMessages SAY = new RunMessages("reactions-spark");

    private ReactionsJob() {
    }

    public static void main(String[] args) {
        JobArguments parsed;
        try {
            parsed = JobArguments.parse(args);
        } catch (UsageException e) {
            System.err.println(SAY.line(e.getMessage()));
            System.err.println(JobArguments.USAGE);
            System.exit(ExitCode.USAGE);
            return;
        }
        SparkSession spark;
        try {
            spark = SparkSession.builder().appName("reactions").getOrCreate();
        } catch (RuntimeException e) {
            System.err.println(SAY.line("cannot start Spark: " + JobRun.firstLine(e)));
            System.exit(ExitCode.WRITE_FAILED);
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
            if (result.documents() == 0 && result.outOfRange() == 0) {
                err.println(SAY.line("nothing to analyse in " + args.input()));
                return ExitCode.NOTHING_READABLE;
            }
            int code = ExitCode.of(result.documents(), result.failedDocuments(), Math.toIntExact(result.outOfRange()),
                    message -> err.println(SAY.line(message)));
            if (code != ExitCode.NOTHING_READABLE) {
                err.println(SAY.line(result.documents() + " documents analysed, " + result.failedDocuments() + " could not be read; "
                        + result.statements() + " statements; results in " + args.output()));
            }
            return code;
        } catch (UsageException e) {
            err.println(SAY.line(e.getMessage()));
            return ExitCode.USAGE;
        } catch (Exception e) {
            err.println(SAY.line("the job failed: " + JobRun.firstLine(e)));
            return ExitCode.WRITE_FAILED; // as the command line's: the results are not (all) written
        }
    }
}
