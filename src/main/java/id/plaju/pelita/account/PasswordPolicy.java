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

/** A new password has at least 10 characters, is not the username and is not a common password. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(s -> !s.isEmpty())
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
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("password.error.contains-username");
        }
        if (common.contains(lower)) {
            throw new UserFacingException("password.error.common");
        }
    }
}
