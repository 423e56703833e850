package id.plaju.pelita.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account lockout: after {@code maxFailures} wrong passwords in a row the account is locked for
 * {@code duration}.
 */
@ConfigurationProperties("pelita.security.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
}
