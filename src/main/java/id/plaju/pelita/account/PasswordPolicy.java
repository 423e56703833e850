package id.plaju.pelita.account;

import id.plaju.pelita.base.UserFacingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A new password has at least 10 characters and at most 72 bytes in UTF-8 (bcrypt reads no further,
 * so a longer one would be cut without a word), does not contain the username and is not one of the
 * 10,000 most common passwords ({@code security/common-passwords.txt}, licence beside it).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws UserFacingException saying what is wrong */
    void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UserFacingException("password.error.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UserFacingException("password.error.too-long", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("password.error.contains-username");
        }
        if (common.contains(lower)) {
            throw new UserFacingException("password.error.common");
        }
    }
}
