package org.reactions.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactions.pipeline.Analyzer;

/**
 * The analysers of this JVM, one per job settings, built the first time a task needs one: the models and the
 * knowledge are loaded once per executor, never per record, and never shipped in a closure. The core's
 * {@link Analyzer} is thread-safe, so the tasks an executor runs at once share it.
 */
final class ExecutorAnalyzers {
    private static final Map<JobSettings, Analyzer> ANALYZERS = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorAnalyzers() {
    }

    static Analyzer forSettings(JobSettings settings) {
        return ANALYZERS.computeIfAbsent(settings, ExecutorAnalyzers::load);
    }

    private static Analyzer load(JobSettings job) {
        LOADS.incrementAndGet();
        return new Analyzer(job.analysisSettings()); // with the knowledge of its settings' files, loaded once here
    }

    /** How many times this JVM has loaded models and knowledge. */
    static int loads() {
        return LOADS.get();
    }
}
