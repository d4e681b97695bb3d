package jp.manabiba.tutoring;

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
 * Tells the open screens of a session that it changed, once the change is committed, each on a virtual thread. Screens register while
 * attached and must remove their registration on detach; listeners touch their UI only inside UI.access.
 * One JVM: several app nodes would relay SessionChanged through a message broker.
 */
@Component
public class SessionBroadcaster {

    private final Map<Long, List<Consumer<SessionChanged>>> listeners = new ConcurrentHashMap<>();
    // screens redraw on threads of their own, so the child or tutor who acted gets their answer at once
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** Registers a listener; run the returned action to remove it. */
    public Runnable register(long sessionId, Consumer<SessionChanged> listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(SessionChanged change) {
        listeners.getOrDefault(change.sessionId(), List.of())
                .forEach(listener -> delivery.execute(() -> listener.accept(change)));
    }

    /** Listeners registered for a session: zero once every screen of it has closed. */
    public int listenerCount(long sessionId) {
        return listeners.getOrDefault(sessionId, List.of()).size();
    }
}
