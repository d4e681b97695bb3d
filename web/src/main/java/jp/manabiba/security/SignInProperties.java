package jp.manabiba.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of wrong passwords.
 *
 * @param maxFailures wrong passwords in a row before the account rests
 * @param lockout     how long it rests
 */
@ConfigurationProperties("manabiba.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockout) {
}
