package id.plaju.pelita.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.database.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Where the survey pseudonym key comes from: never the database; in production only the environment. */
@PelitaSpringTest
@Transactional
class PseudonymKeyTest {

    @Autowired
    JdbcClient jdbc;

    private static ObjectProvider<EmbeddedMariaDb> noEmbeddedDatabase() {
        return new StaticListableBeanFactory().getBeanProvider(EmbeddedMariaDb.class);
    }

    @Test
    void onAnExternalDatabaseStartUpRefusesWithoutAKeyFromTheEnvironment() {
        assertThatThrownBy(() -> new PseudonymService(jdbc, noEmbeddedDatabase(), ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PELITA_SURVEY_PSEUDONYMSECRET is not set");
    }

    @Test
    void aKeyStillInTheDatabaseIsNamedInTheRefusalAndRemovedOnceConfigured() {
        forgetKeyCheck();
        jdbc.sql("insert into app_secret (name, value) values (?, 'old-key')").param(PseudonymService.NAME).update();
        assertThatThrownBy(() -> new PseudonymService(jdbc, noEmbeddedDatabase(), ""))
                .hasMessageContaining("app_secret");

        PseudonymService service = new PseudonymService(jdbc, noEmbeddedDatabase(), "old-key");

        assertThat(jdbc.sql("select count(*) from app_secret where name = ?").param(PseudonymService.NAME)
                .query(Long.class).single()).isZero();
        assertThat(service.of(42)).isEqualTo(new PseudonymService(jdbc, noEmbeddedDatabase(), "old-key").of(42))
                .hasSize(64);
        forgetKeyCheck();
        assertThat(service.of(42)).isNotEqualTo(new PseudonymService(jdbc, noEmbeddedDatabase(), "another key").of(42));
    }

    @Test
    void aSecondInstanceWithAnotherKeyIsRefusedSoPairsNeverBreakSilently() {
        forgetKeyCheck();
        PseudonymService first = new PseudonymService(jdbc, noEmbeddedDatabase(), "the office key");

        assertThat(new PseudonymService(jdbc, noEmbeddedDatabase(), "the office key").of(7)).isEqualTo(first.of(7));
        assertThatThrownBy(() -> new PseudonymService(jdbc, noEmbeddedDatabase(), "a different key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("differs from the key this database was used with")
                .hasMessageContaining("PELITA_SURVEY_PSEUDONYMSECRET");
        assertThat(jdbc.sql("select value from app_secret where name = ?").param(PseudonymService.CHECK_NAME)
                .query(String.class).single()).hasSize(64).doesNotContain("office");
    }

    /** The application context of the tests has recorded its own embedded key's check already. */
    private void forgetKeyCheck() {
        jdbc.sql("delete from app_secret where name = ?").param(PseudonymService.CHECK_NAME).update();
    }
}
