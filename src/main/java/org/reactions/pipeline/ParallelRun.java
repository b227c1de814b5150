package org.reactions.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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
        run(IntStream.range(0, count).<Supplier<T>>mapToObj(i -> () -> task.apply(i)).iterator(), inOrder);
    }

    /**
     * Runs tasks as an iterator hands them over; the iterator is asked on the calling thread, one task at a time and
     * only when the window has room, so that it can read its input as it goes (a feed, line by line).
     */
    <T> void run(Iterator<? extends Supplier<T>> tasks, Consumer<T> inOrder) {
        if (threads == 1) {
            while (tasks.hasNext()) {
                inOrder.accept(tasks.next().get());
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
            int windowSize = threads * 4;
            while (tasks.hasNext() || !window.isEmpty()) {
                while (window.size() < windowSize && tasks.hasNext()) {
                    Supplier<T> task = tasks.next();
                    window.addLast(pool.submit(task::get));
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
