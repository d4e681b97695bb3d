package jp.manabiba.assignments;

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
 * Tells open screens that a child's work changed, once the change is committed, each on a virtual thread: the
 * live board (registered for each child present) and the child's other screens. Screens register on attach and
 * remove the registration on detach; listeners touch their UI only inside UI.access. One JVM, like tutoring's
 * SessionBroadcaster: several app nodes would relay WorkChanged through a broker.
 */
@Component
public class WorkBroadcaster {

    private final Map<Long, List<Consumer<WorkChanged>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** Registers a listener for one child's work; run the returned action to remove it. */
    public Runnable register(long learnerId, Consumer<WorkChanged> listener) {
        listeners.computeIfAbsent(learnerId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(learnerId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(WorkChanged change) {
        listeners.getOrDefault(change.learnerId(), List.of())
                .forEach(listener -> delivery.execute(() -> listener.accept(change)));
    }

    /** Listeners registered for a child: zero once every screen of theirs has closed. */
    public int listenerCount(long learnerId) {
        return listeners.getOrDefault(learnerId, List.of()).size();
    }
}
