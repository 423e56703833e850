package id.plaju.pelita.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's code: 20 characters of Crockford's base32 (digits and capitals without I, L, O, U)
 * from a {@link SecureRandom}, 100 bits — its number and the key of its verification page. Written
 * in groups of four ({@code 7KQ4-M9XA-3TZP-W2HD-5RNE}); read back whatever the case, with or without
 * dashes and spaces, and with the letters people confuse with digits (O, I, L) taken as those digits.
 */
public final class CertificateCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final Pattern VALID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code a person typed or a link carried, in its stored form; empty if it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** {@code 7KQ4-M9XA-3TZP-W2HD-5RNE}: the number as the certificate prints it. */
    public static String format(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
