package jp.manabiba.learning;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens (the tutor's live board, one registration per child present) that a child moved in their
 * lessons, once the change is committed, each on a virtual thread. Screens register on attach and remove the
 * registration on detach; listeners touch their UI only inside UI.access. One JVM, like assignments'
 * WorkBroadcaster: several app nodes would relay LessonSeen through a broker.
 */
@Component
public class LessonBroadcaster {

    private final Map<Long, List<Consumer<LessonSeen>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** Registers a listener for one child; run the returned action to remove it. */
    public Runnable register(long learnerId, Consumer<LessonSeen> listener) {
        listeners.computeIfAbsent(learnerId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(learnerId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(LessonSeen seen) {
        listeners.getOrDefault(seen.learnerId(), List.of())
                .forEach(listener -> delivery.execute(() -> listener.accept(seen)));
    }

    /** Listeners registered for a child: zero once every screen following them has closed. */
    public int listenerCount(long learnerId) {
        return listeners.getOrDefault(learnerId, List.of()).size();
    }
}
