package jp.manabiba.curriculum.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The last results per (text, grade), least recently used dropped first. Callers asking for the same key while it
 * is being analysed wait for that one analysis, so a class of 40 opening the same lesson costs one. Long texts are
 * not kept, so the cache's memory stays bounded: at most 1,024 entries of at most 8,000 characters each (about
 * 16 MiB of text plus its segments at worst; a lesson's paragraphs are far shorter).
 */
final class RubyCache {

    static final int MAX_CACHED_LENGTH = 8_000;

    private record Key(String text, ReaderGrade grade) {
    }

    private final Map<Key, FutureTask<RubyText>> entries;
    private final AtomicLong hits = new AtomicLong();

    RubyCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<RubyText>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    RubyText get(String text, ReaderGrade grade, Supplier<RubyText> analysis) {
        if (text.length() > MAX_CACHED_LENGTH) {
            return analysis.get();
        }
        var key = new Key(text, grade);
        FutureTask<RubyText> task;
        boolean mine = false;
        synchronized (entries) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(analysis::get);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        } else {
            hits.incrementAndGet();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the furigana of a text", e);
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Lookups answered from the cache (or by waiting for the same analysis), for monitoring and benchmarks. */
    long hits() {
        return hits.get();
    }
}
