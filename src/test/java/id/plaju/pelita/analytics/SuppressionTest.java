package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SuppressionTest {

    private static List<GroupValue> groups(long... ns) {
        return IntStream.range(0, ns.length)
                .mapToObj(i -> GroupValue.of("g" + i, "Unit " + i, ns[i], 70.0 + i)).toList();
    }

    @Test
    void aGroupUnderTheThresholdShowsNoValue() {
        List<GroupValue> result = Suppression.apply(groups(12, 4, 3, 9), 5, false);
        assertThat(result).extracting(GroupValue::suppressed).containsExactly(false, true, true, false);
        assertThat(result.get(1).value()).isNull();
        assertThat(result.get(0).value()).isEqualTo(70.0);
    }

    @Test
    void withATotalShownOneHiddenGroupTakesTheNextSmallestWithIt() {
        // 30 in total: hiding only the 4 would let anyone compute it as 30 − 12 − 8 − 6
        List<GroupValue> result = Suppression.apply(groups(12, 4, 8, 6), 5, true);
        assertThat(result).extracting(GroupValue::suppressed).containsExactly(false, true, false, true);
    }

    @Test
    void twoHiddenGroupsAreAlreadySafe() {
        assertThat(Suppression.apply(groups(12, 4, 3, 6), 5, true)).extracting(GroupValue::suppressed)
                .containsExactly(false, true, true, false);
    }

    @Test
    void theThresholdIsNeverBelowThree() {
        assertThat(new AnonymityProperties(5, 10).minGroupSize()).isEqualTo(5);
        assertThat(new AnonymityProperties(3, 3).minGroupSize()).isEqualTo(3);
        assertThatThrownBy(() -> new AnonymityProperties(2, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 3");
    }

    @EnableConfigurationProperties(AnonymityProperties.class)
    static class AnonymityConfiguration {
    }

    @Test
    void aThresholdBelowThreeStopsTheApplicationAtStartupWithAClearMessage() {
        new ApplicationContextRunner().withUserConfiguration(AnonymityConfiguration.class)
                .withPropertyValues("pelita.anonymity.min-comment-group-size=2")
                .run(context -> assertThat(context.getStartupFailure()).isNotNull().rootCause()
                        .hasMessageContaining("must be at least 3").hasMessageContaining("configured: 5 and 2"));
        new ApplicationContextRunner().withUserConfiguration(AnonymityConfiguration.class)
                .run(context -> assertThat(context.getBean(AnonymityProperties.class).minCommentGroupSize()).isEqualTo(10));
    }
}
