package jp.manabiba.assignments.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.SavedDraft;
import jp.manabiba.i18n.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saves one piece of work question by question as the child changes it, sending the version the screen last saw.
 * A save that fails (the database away, a restart) keeps the answer waiting, tells the screen and is tried again
 * every {@link #RETRY_SECONDS} seconds until it gets through; a later change of the same question replaces the
 * waiting one. A refusal (too long, work handed in meanwhile) is not retried: the screen shows it.
 */
final class Autosave {

    /** What the screen does with the outcome of a save. */
    interface Screen {
        void saved(long questionId, SavedDraft saved);

        void refused(long questionId, InvalidInput refusal);

        void failing(long questionId);
    }

    static final int RETRY_SECONDS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final Answering answering;
    private final long submissionId;
    private final Screen screen;
    private final Map<Long, DraftAnswer> waiting = new LinkedHashMap<>();
    private long version;
    private boolean retrying;

    Autosave(Answering answering, long submissionId, long version, Screen screen) {
        this.answering = answering;
        this.submissionId = submissionId;
        this.version = version;
        this.screen = screen;
    }

    void change(long questionId, DraftAnswer answer) {
        waiting.put(questionId, answer);
        saveWaiting();
    }

    /** The version of the work this screen has seen last: after each save, or after the screen reloaded. */
    long version() {
        return version;
    }

    void seen(long version) {
        this.version = version;
    }

    boolean hasWaiting() {
        return !waiting.isEmpty();
    }

    void saveWaiting() {
        while (!waiting.isEmpty()) {
            Map.Entry<Long, DraftAnswer> next = waiting.entrySet().iterator().next();
            long questionId = next.getKey();
            try {
                SavedDraft saved = answering.save(submissionId, questionId, next.getValue(), version);
                waiting.remove(questionId, next.getValue());
                version = saved.version();
                screen.saved(questionId, saved);
            } catch (InvalidInput refusal) {
                waiting.remove(questionId);
                screen.refused(questionId, refusal);
            } catch (AccessDeniedException refused) {
                throw refused;
            } catch (RuntimeException failure) {
                LOG.warn("A draft of submission {} could not be saved, trying again: {}", submissionId, failure.toString());
                screen.failing(questionId);
                retryLater();
                return;
            }
        }
    }

    private void retryLater() {
        UI ui = UI.getCurrent();
        if (retrying || ui == null) {
            return;
        }
        retrying = true;
        CompletableFuture.runAsync(() -> {
            try {
                ui.access(() -> {
                    retrying = false;
                    saveWaiting();
                });
            } catch (UIDetachedException closed) {
                LOG.warn("Submission {}: the screen closed with a draft not saved", submissionId);
            }
        }, CompletableFuture.delayedExecutor(RETRY_SECONDS, TimeUnit.SECONDS));
    }
}
