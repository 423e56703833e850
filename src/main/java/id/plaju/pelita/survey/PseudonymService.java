package id.plaju.pelita.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keyed pseudonym of a respondent: HMAC-SHA256 of the employee id with a server secret, so
 * that before/after rounds can be paired without knowing who answered. The secret comes from
 * {@code PELITA_SURVEY_PSEUDONYMSECRET}; without it one is generated once and kept in
 * {@code app_secret}.
 */
@Component
class PseudonymService {

    private static final Logger log = LoggerFactory.getLogger(PseudonymService.class);
    private static final String NAME = "survey-pseudonym";

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] key;

    PseudonymService(JdbcClient jdbc, @Value("${pelita.survey.pseudonym-secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    String of(long employeeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(Long.toString(employeeId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadKey().getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return key;
    }

    private String loadKey() {
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        return jdbc.sql("select value from app_secret where name = ?").param(NAME).query(String.class).optional()
                .orElseGet(() -> {
                    byte[] bytes = new byte[32];
                    new SecureRandom().nextBytes(bytes);
                    String generated = Base64.getEncoder().encodeToString(bytes);
                    jdbc.sql("insert ignore into app_secret (name, value) values (?, ?)").params(NAME, generated).update();
                    log.warn("No PELITA_SURVEY_PSEUDONYMSECRET configured: generated a survey pseudonym key and kept it"
                            + " in the database. Configure one from the environment in production.");
                    return jdbc.sql("select value from app_secret where name = ?").param(NAME).query(String.class).single();
                });
    }
}
