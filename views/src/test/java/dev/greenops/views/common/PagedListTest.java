package dev.greenops.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.LongStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class PagedListTest {

    /** Runs queued loads only when the test says so, like a background thread that has not finished yet. */
    static final class Manual implements java.util.concurrent.Executor {
        final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    static List<Long> range(long offset, int limit, long size) {
        return LongStream.range(offset, Math.min(size, offset + limit)).boxed().toList();
    }

    @Test
    void an_unloaded_element_reads_as_null_until_its_page_arrives_then_the_list_ticks() {
        Manual loader = new Manual();
        List<long[]> loads = new ArrayList<>();
        PagedList<Long> list = new PagedList<>(10, 4, loader, Runnable::run);
        list.reset(1_000_000, (offset, limit) -> {
            loads.add(new long[] {offset, limit});
            return range(offset, limit, 1_000_000);
        });
        assertThat(list).hasSize(1_000_000);
        assertThat(list.get(123_456)).isNull();
        loader.runAll();
        assertThat(list.loadedProperty().get()).isEqualTo(1);
        assertThat(list.get(123_456)).isEqualTo(123_456L);
        assertThat(list.get(123_459)).isEqualTo(123_459L);
        assertThat(loads).hasSize(1);
        assertThat(loads.getFirst()).containsExactly(123_450, 10);
    }

    @Test
    void only_the_newest_requests_load_and_memory_holds_a_bounded_number_of_pages() {
        Manual loader = new Manual();
        List<Long> offsets = new ArrayList<>();
        PagedList<Long> list = new PagedList<>(10, 4, loader, Runnable::run);
        list.reset(10_000, (offset, limit) -> {
            offsets.add(offset);
            return range(offset, limit, 10_000);
        });
        // a fast scroll asks for many pages while the first is still loading
        for (int page = 0; page < 20; page++) {
            list.get(page * 10);
        }
        loader.runAll();
        // page 0 was in flight; of the rest only the newest three queued requests were kept, newest first
        assertThat(offsets).containsExactly(0L, 190L, 180L, 170L);
        for (int page = 0; page < 20; page++) {
            list.get(page * 10);
            loader.runAll();
        }
        assertThat(list.pagesInMemory()).isEqualTo(4);
    }

    @Test
    void a_reset_drops_pages_of_the_old_contents_even_if_they_arrive_late() {
        Manual loader = new Manual();
        PagedList<Long> list = new PagedList<>(10, 4, loader, Runnable::run);
        list.reset(100, (offset, limit) -> range(offset, limit, 100));
        list.get(0);
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Long>) c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "-" + c.getRemovedSize() : "") + (c.wasAdded() ? "+" + c.getAddedSize() : ""));
            }
        });
        list.reset(5, (offset, limit) -> List.of(-1L, -2L, -3L, -4L, -5L).subList(0, 5));
        loader.runAll(); // the old page 0 arrives now, for contents that are gone
        assertThat(changes).containsExactly("-100+5");
        assertThat(list.isLoaded(0)).isFalse();
        assertThat(list.get(0)).isNull();
        loader.runAll();
        assertThat(list.get(0)).isEqualTo(-1L);
    }

    @Test
    void a_failed_page_is_reported_and_not_retried_in_a_loop() {
        PagedList<Long> list = new PagedList<>(10, 4, Runnable::run, Runnable::run);
        int[] calls = {0};
        list.reset(100, (offset, limit) -> {
            calls[0]++;
            throw new IllegalStateException("disk gone");
        });
        assertThat(list.get(5)).isNull();
        assertThat(list.get(6)).isNull();
        assertThat(calls[0]).isEqualTo(1);
        assertThat(list.errorProperty().get()).hasMessage("disk gone");
    }
}
