package jp.manabiba.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A browserless UI test on the application's Spring context: a fresh mocked Vaadin UI for each test. */
@ManabibaTest
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void startVaadin() {
        KaribuSupport.start(context);
    }

    @AfterEach
    void stopVaadin() {
        KaribuSupport.stop();
    }
}
