package id.plaju.pelita.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Today's date and time in Plaju (WIB), from the application's {@link Clock}: the one place a
 * view or the demo data asks "what day is it", so tests that fix the clock fix every page.
 */
@Component
public class Today {

    /** Plaju's time zone (WIB); every calendar rule of the portal counts days here. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public LocalDateTime dateTime() {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    public int year() {
        return date().getYear();
    }

    public Clock clock() {
        return clock;
    }
}
