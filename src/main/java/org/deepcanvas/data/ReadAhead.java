package org.deepcanvas.data;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a task to a list of items on a few worker threads, working a little ahead of
 * the reader, and hands the results back in list order. With one worker it runs each
 * task on the reader's own thread, when asked. Closing it cancels what is still running
 * and waits briefly for it to stop, so no work outlives the import that started it.
 */
final class ReadAhead<T, R> implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** Tasks that notice interrupts stop at once; a stuck one (a hung network drive) is left behind. */
    private static final int STOP_WAIT_SECONDS = 5;

    private final Iterator<T> items;
    private final Function<T, R> task;
    private final int depth;
    private final ExecutorService pool;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    ReadAhead(List<T> items, Function<T, R> task, int workers) {
        this.items = items.iterator();
        this.task = task;
        this.depth = workers * 2;
        this.pool = workers > 1 ? Executors.newFixedThreadPool(workers, daemonThreads()) : null;
    }

    boolean hasNext() {
        return !inFlight.isEmpty() || items.hasNext();
    }

    /** The result for the next item in order, waiting for it if a worker is still on it. */
    R next() throws InterruptedException {
        if (pool == null) {
            return task.apply(items.next());
        }
        while (inFlight.size() < depth && items.hasNext()) {
            T item = items.next();
            inFlight.add(pool.submit(() -> task.apply(item)));
        }
        try {
            return inFlight.remove().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Cancels (interrupts) unfinished tasks and waits a little for running ones to stop. */
    @Override
    public void close() {
        inFlight.forEach(future -> future.cancel(true));
        inFlight.clear();
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        int poolNumber = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "image-import-" + poolNumber + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
