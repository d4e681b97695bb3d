package jp.manabiba.testing;

import jp.manabiba.i18n.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service's refusal as a user meets it: this field, this message, and nothing logged at ERROR on the way. */
public final class Refusals {

    private Refusals() {
    }

    public static void refusedQuietly(Runnable call, String field, String key, Object... args) {
        try (LogCapture log = LogCapture.errors()) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                assertThat(refusal.field()).isEqualTo(field);
                assertThat(refusal.messageKey()).isEqualTo(key);
                assertThat(refusal.arguments()).containsExactly(args);
            });
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }
    }

    /** A call that may throw checked exceptions, run where only a Runnable fits (checked ones become unchecked). */
    public static Runnable unchecked(ThrowingCallable call) {
        return () -> {
            try {
                call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }
}
