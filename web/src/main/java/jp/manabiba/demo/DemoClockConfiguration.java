package jp.manabiba.demo;

import java.time.Clock;

import jp.manabiba.i18n.ProgrammeZone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** In demo mode only, the clock every service is given is the {@link DemoClock}: the real time but for the seeder. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoClockConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.system(ProgrammeZone.TOKYO));
    }
}
