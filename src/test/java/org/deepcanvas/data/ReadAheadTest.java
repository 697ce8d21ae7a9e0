package org.deepcanvas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 20).boxed().toList();

    @Test
    void returnsResultsInListOrderWhateverOrderTheyFinishIn() throws InterruptedException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> results = new ArrayList<>();
        try (ReadAhead<Integer, Integer> squares = new ReadAhead<>(ITEMS, i -> {
            threads.add(Thread.currentThread().getName());
            sleep(i % 3 == 0 ? 5 : 0);
            return i * i;
        }, 3)) {
            while (squares.hasNext()) {
                results.add(squares.next());
            }
        }
        assertThat(results).isEqualTo(ITEMS.stream().map(i -> i * i).toList());
        assertThat(threads).allMatch(name -> name.startsWith("image-import-"));
    }

    @Test
    void oneWorkerRunsOnTheCallersThread() throws InterruptedException {
        String caller = Thread.currentThread().getName();
        try (ReadAhead<Integer, String> names = new ReadAhead<>(ITEMS, i -> Thread.currentThread().getName(), 1)) {
            assertThat(names.next()).isEqualTo(caller);
        }
    }

    @Test
    void aFailingTaskFailsTheReaderWithTheSameException() {
        try (ReadAhead<Integer, Integer> failing = new ReadAhead<>(ITEMS, i -> {
            throw new IllegalStateException("bug in task " + i);
        }, 2)) {
            assertThatThrownBy(failing::next).isInstanceOf(IllegalStateException.class).hasMessage("bug in task 0");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
