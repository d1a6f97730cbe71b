package io.github.talentrules.sheet;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs tasks on several threads and gives their results back in the order the tasks came, with
 * at most {@code window} tasks under way: the source is read only as fast as results are taken,
 * so memory is bounded by the window, not by the number of tasks.
 */
final class Ordered<T> implements Iterator<T>, AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final Iterator<Supplier<T>> source;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();

    Ordered(Iterator<Supplier<T>> source, int threads) {
        this.source = source;
        int n = Math.max(1, threads);
        int id = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "talent-rules-sheet-" + id + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(n, daemons);
        this.window = n * 256;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !pending.isEmpty();
    }

    @Override
    public T next() {
        fill();
        Future<T> head = pending.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        try {
            return head.get();
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

    private void fill() {
        while (pending.size() < window && source.hasNext()) {
            Supplier<T> task = source.next();
            pending.add(pool.submit(task::get));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
