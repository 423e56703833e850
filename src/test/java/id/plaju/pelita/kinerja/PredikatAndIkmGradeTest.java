package id.plaju.pelita.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredikatAndIkmGradeTest {

    @ParameterizedTest
    @CsvSource({"Sangat Baik,SANGAT_BAIK", "SANGAT_BAIK,SANGAT_BAIK", "  sangat  baik ,SANGAT_BAIK", "baik,BAIK",
            "Butuh Perbaikan,BUTUH_PERBAIKAN", "Cukup,BUTUH_PERBAIKAN", "butuh-perbaikan,BUTUH_PERBAIKAN",
            "Kurang,KURANG", "Sangat Kurang,SANGAT_KURANG"})
    void anEKinerjaPredikatIsReadHoweverItIsWritten(String text, Predikat expected) {
        assertThat(Predikat.parse(text)).contains(expected);
    }

    @Test
    void anythingElseIsNoPredikat() {
        assertThat(Predikat.parse("Istimewa")).isEmpty();
        assertThat(Predikat.parse("")).isEmpty();
        assertThat(Predikat.parse(null)).isEmpty();
        assertThat(Predikat.parse("=HYPERLINK(\"x\")")).isEmpty();
    }

    @Test
    void onlyBaikAndSangatBaikAreGoodOrBetter() {
        assertThat(Predikat.values()).filteredOn(Predikat::goodOrBetter)
                .containsExactly(Predikat.SANGAT_BAIK, Predikat.BAIK);
    }

    @ParameterizedTest
    @CsvSource({"100,A", "88.31,A", "88.30,B", "88.305,A", "76.61,B", "76.60,C", "65.00,C", "64.99,D", "25,D"})
    void theGradeFollowsPermenPanRb14Of2017(String ikm, IkmGrade expected) {
        assertThat(IkmGrade.of(new BigDecimal(ikm))).isEqualTo(expected);
    }

    @Test
    void anIkmOutside25To100HasNoGrade() {
        assertThatThrownBy(() -> IkmGrade.of(new BigDecimal("24.99"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IkmGrade.of(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IkmGrade.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
