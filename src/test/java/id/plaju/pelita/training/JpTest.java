package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpTest {

    @ParameterizedTest
    @CsvSource({"45, 1.0", "90, 2.0", "100, 2.2", "120, 2.7", "360, 8.0", "0, 0.0", "-5, 0.0", "22, 0.5"})
    void aSessionIsWorthItsMinutesDividedBy45WithOneDecimal(long minutes, String jp) {
        assertThat(Jp.fromMinutes(minutes)).isEqualByComparingTo(jp);
        assertThat(Jp.fromMinutes(minutes).scale()).isEqualTo(1);
    }

    @Test
    void betweenTwoTimesCountsTheMinutes() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 0);
        assertThat(Jp.between(start, start.plusHours(3).plusMinutes(45))).isEqualByComparingTo("5.0");
    }

    @ParameterizedTest
    @CsvSource({"20, GREEN", "45.5, GREEN", "19.9, AMBER", "10, AMBER", "9.9, RED", "0, RED"})
    void twentyJpIsGreenTenIsAmberBelowIsRed(String jp, Jp.Compliance expected) {
        assertThat(Jp.compliance(new BigDecimal(jp))).isEqualTo(expected);
    }
}
