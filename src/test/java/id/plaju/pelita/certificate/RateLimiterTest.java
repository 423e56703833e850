package id.plaju.pelita.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The verification page's limit: per address, per minute, on a moved clock. */
class RateLimiterTest {

    @Test
    void anAddressGetsItsLimitEachMinuteAndOthersTheirOwn() {
        TestClock clock = new TestClock();
        RateLimiter limiter = new RateLimiter(3, clock);
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isTrue();
        assertThat(limiter.allow("a")).isFalse();
        assertThat(limiter.allow("b")).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.allow("a")).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.allow("a")).isTrue();
    }

    @Test
    void manyAddressesDoNotGrowTheMemoryWithoutBound() {
        TestClock clock = new TestClock();
        RateLimiter limiter = new RateLimiter(1, clock);
        for (int i = 0; i < RateLimiter.MAX_CLIENTS * 3; i++) {
            assertThat(limiter.allow("10.0." + i)).isTrue();
            if (i % 1000 == 0) {
                clock.advance(Duration.ofSeconds(30));
            }
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS);
    }

    @Test
    void aCodeIsReadAsTypedAndWrittenInGroups() {
        assertThat(CertificateCode.normalize("7kq4-m9xa-3tzp-w2hd-5rne")).contains("7KQ4M9XA3TZPW2HD5RNE");
        assertThat(CertificateCode.normalize("OIL0-0000-0000-0000-0000")).contains("01100000000000000000");
        assertThat(CertificateCode.normalize("U000-0000-0000-0000-0000")).isEmpty();
        assertThat(CertificateCode.normalize("0000-0000")).isEmpty();
        assertThat(CertificateCode.normalize(null)).isEmpty();
        assertThat(CertificateCode.format("7KQ4M9XA3TZPW2HD5RNE")).isEqualTo("7KQ4-M9XA-3TZP-W2HD-5RNE");
        assertThat(CertificateCode.generate()).hasSize(20).isNotEqualTo(CertificateCode.generate());
    }
}
