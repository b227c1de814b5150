package org.reactions.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs numbered tasks on a fixed number of threads and delivers their results in task order, keeping only a
 * small window of tasks in flight so that memory does not grow with the number of tasks.
 */
final class ParallelRun {
    private final int threads;

    ParallelRun(int threads) {
        this.threads = threads;
    }

    <T> void run(int count, IntFunction<T> task, Consumer<T> inOrder) {
        if (threads == 1) {
            for (int i = 0; i < count; i++) {
                inOrder.accept(task.apply(i));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reactions-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<T>> window = new ArrayDeque<>();
            int next = 0;
            int windowSize = threads * 4;
            while (next < count || !window.isEmpty()) {
                while (next < count && window.size() < windowSize) {
                    int i = next++;
                    window.addLast(pool.submit(() -> task.apply(i)));
                }
                inOrder.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
