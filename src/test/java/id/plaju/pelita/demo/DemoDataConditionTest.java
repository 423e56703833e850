package id.plaju.pelita.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

class DemoDataConditionTest {

    private boolean matches(MockEnvironment env) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(env);
        return new DemoDataCondition().matches(context, null);
    }

    @Test
    void loadedOnTheEmbeddedDatabaseByDefault() {
        assertThat(matches(new MockEnvironment())).isTrue();
    }

    @Test
    void neverOnAnExternalDatabaseUnlessAskedFor() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mysql://db/pelita");
        assertThat(matches(env)).isFalse();
        assertThat(matches(env.withProperty("pelita.demo-data", "true"))).isTrue();
    }

    @Test
    void canBeSwitchedOffOnTheEmbeddedDatabase() {
        assertThat(matches(new MockEnvironment().withProperty("pelita.demo-data", "false"))).isFalse();
    }
}
