package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseConditionTest {

    @Test
    void embeddedWhenNoDatasourceUrl() {
        assertThat(EmbeddedDatabaseCondition.isEmbedded(new MockEnvironment())).isTrue();
    }

    @Test
    void externalWhenDatasourceUrlIsSet() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mysql://db:3306/pelita");
        assertThat(EmbeddedDatabaseCondition.isEmbedded(env)).isFalse();
    }

    @Test
    void canBeSwitchedOff() {
        MockEnvironment env = new MockEnvironment().withProperty("pelita.embedded-db.enabled", "false");
        assertThat(EmbeddedDatabaseCondition.isEmbedded(env)).isFalse();
    }
}
