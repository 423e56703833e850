package id.plaju.pelita.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Nomor Induk Pegawai: 18 digits = birth date {@code YYYYMMDD} + appointment {@code YYYYMM} +
 * gender digit ({@code 1} male, {@code 2} female) + 3-digit serial. Only valid values can be
 * constructed; {@link #validate(String)} says what is wrong with an invalid one.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointment, Gender gender, int serial) {

    /** What is wrong with a candidate NIP; each maps to a translation key. */
    public enum Problem {
        LENGTH, NOT_DIGITS, BIRTH_DATE, APPOINTMENT, APPOINTMENT_BEFORE_ADULTHOOD, GENDER, SERIAL;

        public String translationKey() {
            return "nip.error." + name().toLowerCase();
        }
    }

    public Nip {
        Objects.requireNonNull(value);
    }

    public static Nip parse(String candidate) {
        Problem problem = validate(candidate);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid NIP " + candidate + ": " + problem);
        }
        String s = candidate.strip();
        return new Nip(s, birthDate(s), appointment(s), s.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE,
                Integer.parseInt(s.substring(15)));
    }

    /** @return the first problem found, or {@code null} when the NIP is valid */
    public static Problem validate(String candidate) {
        if (candidate == null || candidate.strip().length() != 18) {
            return Problem.LENGTH;
        }
        String s = candidate.strip();
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Problem.NOT_DIGITS;
        }
        LocalDate birth;
        try {
            birth = birthDate(s);
        } catch (DateTimeException e) {
            return Problem.BIRTH_DATE;
        }
        if (birth.getYear() < 1900) {
            return Problem.BIRTH_DATE;
        }
        YearMonth appointment;
        try {
            appointment = appointment(s);
        } catch (DateTimeException e) {
            return Problem.APPOINTMENT;
        }
        if (appointment.isBefore(YearMonth.from(birth.plusYears(18)))) {
            return Problem.APPOINTMENT_BEFORE_ADULTHOOD;
        }
        char gender = s.charAt(14);
        if (gender != '1' && gender != '2') {
            return Problem.GENDER;
        }
        if (s.substring(15).equals("000")) {
            return Problem.SERIAL;
        }
        return null;
    }

    public static boolean isValid(String candidate) {
        return validate(candidate) == null;
    }

    /** Builds the NIP of the given parts; used by data generators and tests. */
    public static Nip of(LocalDate birthDate, YearMonth appointment, Gender gender, int serial) {
        String value = "%04d%02d%02d%04d%02d%d%03d".formatted(birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(),
                gender == Gender.MALE ? 1 : 2, serial);
        return parse(value);
    }

    private static LocalDate birthDate(String s) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
    }

    private static YearMonth appointment(String s) {
        return YearMonth.of(Integer.parseInt(s.substring(8, 12)), Integer.parseInt(s.substring(12, 14)));
    }

    @Override
    public String toString() {
        return value;
    }
}
