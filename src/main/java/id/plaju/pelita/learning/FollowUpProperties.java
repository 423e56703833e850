package id.plaju.pelita.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the follow-up of a Rencana Tindak Lanjut is due: {@code days} after the session ended (90
 * by default, the usual Kirkpatrick level-3 interval). At least 1.
 */
@ConfigurationProperties("pelita.follow-up")
public record FollowUpProperties(@DefaultValue("90") int days) {

    public FollowUpProperties {
        if (days < 1) {
            throw new IllegalStateException("pelita.follow-up.days must be at least 1 (configured: " + days + ")");
        }
    }
}
