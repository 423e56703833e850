package id.plaju.pelita.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    @Test
    void derivesBirthDateAppointmentGenderAndSerial() {
        Nip nip = Nip.parse("198503122010012004");

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(2010, 1));
        assertThat(nip.gender()).isEqualTo(Gender.FEMALE);
        assertThat(nip.serial()).isEqualTo(4);
    }

    @Test
    void acceptsSurroundingWhitespace() {
        assertThat(Nip.parse(" 197001011995031001 ").value()).isEqualTo("197001011995031001");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, LENGTH",
            "19850312201001200, LENGTH",
            "1985031220100120041, LENGTH",
            "19850312201001200A, NOT_DIGITS",
            "198502302010012004, BIRTH_DATE",
            "198513012010012004, BIRTH_DATE",
            "180001012010012004, BIRTH_DATE",
            "198503122010132004, APPOINTMENT",
            "198503122003022004, APPOINTMENT_BEFORE_ADULTHOOD",
            "198503122003032004, NULL",
            "198503122010013004, GENDER",
            "198503122010010004, GENDER",
            "198503122010012000, SERIAL"})
    void findsTheFirstProblem(String candidate, Nip.Problem expected) {
        assertThat(Nip.validate(candidate)).isEqualTo(expected);
    }

    @Test
    void parseRefusesAnInvalidNip() {
        assertThatThrownBy(() -> Nip.parse("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsFromParts() {
        Nip nip = Nip.of(LocalDate.of(1990, 7, 5), YearMonth.of(2015, 3), Gender.MALE, 12);
        assertThat(nip.value()).isEqualTo("199007052015031012");
    }

    @Test
    void everyProblemHasATranslationKey() {
        for (Nip.Problem problem : Nip.Problem.values()) {
            assertThat(problem.translationKey()).startsWith("nip.error.");
        }
    }
}
