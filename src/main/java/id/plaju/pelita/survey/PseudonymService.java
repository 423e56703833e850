package id.plaju.pelita.survey;

import id.plaju.pelita.base.database.EmbeddedMariaDb;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keyed pseudonym of a respondent: HMAC-SHA256 of the employee id with a secret key, so that
 * before/after rounds can be paired without knowing who answered. The key is never kept with the
 * data it protects: in production it comes from {@code PELITA_SURVEY_PSEUDONYMSECRET} and start-up
 * refuses without it; the embedded installation generates one and keeps it in its owner-only secrets
 * directory beside the database password. A key an older version kept in {@code app_secret} is moved
 * out of the database at the first start.
 */
@Component
class PseudonymService {

    private static final Logger log = LoggerFactory.getLogger(PseudonymService.class);
    static final String NAME = "survey-pseudonym";
    static final String KEY_FILE = "survey-pseudonym.key";
    static final String CHECK_NAME = "survey-pseudonym-check";
    private static final String CHECK_TEXT = "PELITA survey pseudonym key check";
    static final String MISSING = "PELITA_SURVEY_PSEUDONYMSECRET is not set. PELITA pairs survey rounds with a keyed"
            + " pseudonym whose key must come from the environment when it runs on an external database, so that"
            + " nobody who reads the database can link answers to people. Generate one (for example"
            + " `openssl rand -base64 32`), keep it in your secret store and set PELITA_SURVEY_PSEUDONYMSECRET;"
            + " keep the same key for the life of the database, or before/after pairs break.";

    private final byte[] key;

    PseudonymService(JdbcClient jdbc, ObjectProvider<EmbeddedMariaDb> embedded,
            @Value("${pelita.survey.pseudonym-secret:}") String configured) {
        this.key = loadKey(jdbc, Optional.ofNullable(embedded.getIfAvailable()), configured)
                .getBytes(StandardCharsets.UTF_8);
        checkOneKey(jdbc);
    }

    String of(long employeeId) {
        return hmac(Long.toString(employeeId));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Every instance on one database must pair with the same key: the first start records a check
     * value (the HMAC of a fixed text, which tells no more about the key than any stored pseudonym
     * does) and a start with another key is refused, instead of silently breaking before/after pairs.
     */
    private void checkOneKey(JdbcClient jdbc) {
        String check = hmac(CHECK_TEXT);
        jdbc.sql("insert ignore into app_secret (name, value) values (?, ?)").params(CHECK_NAME, check).update();
        String recorded = jdbc.sql("select value from app_secret where name = ?").param(CHECK_NAME)
                .query(String.class).single();
        if (!recorded.equals(check)) {
            throw new IllegalStateException("The survey pseudonym key of this instance differs from the key this"
                    + " database was used with (table app_secret, row '" + CHECK_NAME + "'). Every PELITA instance on"
                    + " one database needs the same PELITA_SURVEY_PSEUDONYMSECRET, or before/after pairs break. Only if"
                    + " the key was changed on purpose and old rounds need not pair, delete that row.");
        }
    }

    private static String loadKey(JdbcClient jdbc, Optional<EmbeddedMariaDb> embedded, String configured) {
        Optional<String> inDatabase = jdbc.sql("select value from app_secret where name = ?").param(NAME)
                .query(String.class).optional();
        if (StringUtils.hasText(configured)) {
            if (inDatabase.isPresent()) {
                if (inDatabase.get().equals(configured)) {
                    jdbc.sql("delete from app_secret where name = ?").param(NAME).update();
                    log.info("Removed the survey pseudonym key from the database: it now comes from the environment");
                } else {
                    log.warn("Table app_secret still holds an older survey pseudonym key that differs from"
                            + " PELITA_SURVEY_PSEUDONYMSECRET; delete it once you are sure it is not needed");
                }
            }
            return configured;
        }
        if (embedded.isEmpty()) {
            throw new IllegalStateException(MISSING + (inDatabase.isPresent()
                    ? " This database still holds the key an older PELITA kept in table app_secret: use that value"
                            + " (SELECT value FROM app_secret WHERE name = 'survey-pseudonym') so earlier rounds still"
                            + " pair; PELITA deletes it from the table at the next start."
                    : ""));
        }
        var secrets = embedded.get().secrets();
        if (inDatabase.isPresent() && !secrets.exists(KEY_FILE)) {
            secrets.write(KEY_FILE, inDatabase.get());
            log.info("Moved the survey pseudonym key out of the database into {}", secrets.directory());
        }
        if (inDatabase.isPresent()) {
            jdbc.sql("delete from app_secret where name = ?").param(NAME).update();
        }
        return secrets.getOrCreate(KEY_FILE);
    }
}
