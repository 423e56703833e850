package id.plaju.pelita;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The clock of the tests: it starts at a fixed moment — 08:00 WIB on 2 December 2026 — whatever
 * the calendar says, and then runs at real speed, so the demo data (counted from today) and every
 * figure computed from them are the same in every year the tests run. Tests move it with
 * {@link #advance} (e.g. past a lockout).
 */
public class TestClock extends Clock {

    public static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 2, 8, 0, 0, 0, ZoneId.of("Asia/Jakarta"));

    /** Today in Plaju for the tests: the demo data are counted from this day. */
    public static final LocalDate TODAY = START.toLocalDate();

    private final long startedNanos = System.nanoTime();
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return START.toInstant().plusNanos(System.nanoTime() - startedNanos).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
