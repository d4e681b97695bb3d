package jp.manabiba.text;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the furigana engine in the background once the application is up: the start does not wait for it, and
 * neither does the first child who opens a screen (about a second of loading otherwise). The tests switch it off
 * ({@code manabiba.furigana.warm-up=false}) so that only those that show a child's text load it.
 */
@Component
@ConditionalOnProperty(name = "manabiba.furigana.warm-up", havingValue = "true", matchIfMissing = true)
class FuriganaWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FuriganaWarmUp.class);

    private final ChildTexts texts;

    FuriganaWarmUp(ChildTexts texts) {
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInTheBackground() {
        Thread.ofVirtual().name("furigana-warm-up").start(() -> {
            try {
                texts.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // the first child's text will try again and show the reason there; the start itself is not at stake
                LOG.warn("The furigana engine could not be loaded in advance", e);
            }
        });
    }
}
