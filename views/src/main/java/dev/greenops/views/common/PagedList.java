package dev.greenops.views.common;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableListBase;

/**
 * A list of a known size whose elements are loaded a page at a time, on demand, for a virtualised TableView over
 * millions of rows: only the pages a table asks for are loaded, at most {@code maxPages} are kept, and an element not
 * loaded yet reads as null (the table shows an empty row) until its page arrives, when {@link #loadedProperty()} ticks
 * and the table refreshes. Pages load one at a time, newest request first, so fast scrolling never queues up stale
 * work.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    /** Loads {@code limit} elements from {@code offset}; runs on the loader executor. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> load(long offset, int limit) throws Exception;
    }

    private static final int MAX_QUEUED = 3;

    private final int pageSize;
    private final int maxPages;
    private final Executor loader;
    private final Consumer<Runnable> ui;
    private final Map<Integer, List<T>> pages;
    private final Deque<Integer> queued = new ArrayDeque<>();
    private final Set<Integer> failed = new HashSet<>();
    private final IntegerProperty loaded = new SimpleIntegerProperty(0);
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();
    private PageSource<T> source;
    private int size;
    private int generation;
    private boolean inFlight;

    /**
     * @param loader runs page loads (a single background thread in the app; {@code Runnable::run} in tests)
     * @param ui runs results on the UI thread ({@code Platform::runLater} in the app; {@code Runnable::run} in tests)
     */
    public PagedList(int pageSize, int maxPages, Executor loader, Consumer<Runnable> ui) {
        if (pageSize < 1 || maxPages < 2) {
            throw new IllegalArgumentException("need a page size >= 1 and room for 2 pages");
        }
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.loader = loader;
        this.ui = ui;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
                return size() > PagedList.this.maxPages;
            }
        };
    }

    /** Replaces the contents: {@code newSize} elements from {@code newSource}; pages in flight are ignored. */
    public void reset(long newSize, PageSource<T> newSource) {
        int oldSize = size;
        generation++;
        pages.clear();
        queued.clear();
        failed.clear();
        error.set(null);
        inFlight = false;
        source = newSource;
        size = (int) Math.min(Integer.MAX_VALUE, Math.max(0, newSize));
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, null));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page); // a direct loader has it already
        }
        int i = index - page * pageSize;
        return rows == null || i >= rows.size() ? null : rows.get(i);
    }

    /** True when {@code index}'s page is in memory. */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    @Override
    public int size() {
        return size;
    }

    private void request(int page) {
        if (source == null || failed.contains(page) || queued.contains(page)) {
            return;
        }
        queued.addFirst(page);
        while (queued.size() > MAX_QUEUED) {
            queued.removeLast();
        }
        pump();
    }

    private void pump() {
        if (inFlight || queued.isEmpty()) {
            return;
        }
        int page = queued.removeFirst();
        if (pages.containsKey(page)) {
            pump();
            return;
        }
        inFlight = true;
        int gen = generation;
        PageSource<T> s = source;
        loader.execute(() -> {
            List<T> rows = null;
            Throwable problem = null;
            try {
                rows = s.load((long) page * pageSize, pageSize);
            } catch (Exception e) {
                problem = e;
            }
            List<T> result = rows;
            Throwable failure = problem;
            ui.accept(() -> arrived(gen, page, result, failure));
        });
    }

    private void arrived(int gen, int page, List<T> rows, Throwable problem) {
        if (gen != generation) {
            return; // a page of contents that were replaced meanwhile
        }
        inFlight = false;
        if (problem != null) {
            failed.add(page);
            error.set(problem);
        } else {
            pages.put(page, List.copyOf(rows));
            loaded.set(loaded.get() + 1);
        }
        pump();
    }

    /** Ticks each time a page arrives: the table refreshes its visible cells. */
    public ReadOnlyIntegerProperty loadedProperty() {
        return loaded;
    }

    /** The last page load that failed, or null. */
    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Pages in memory now (at most {@code maxPages}). */
    public int pagesInMemory() {
        return pages.size();
    }
}
