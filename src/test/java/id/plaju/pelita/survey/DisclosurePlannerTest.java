package id.plaju.pelita.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.survey.DisclosurePlanner.Cell;
import id.plaju.pelita.survey.DisclosurePlanner.Kind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The publication rule on small trees whose safe answer can be worked out by hand. */
class DisclosurePlannerTest {

    private static final int K = 5;

    private static Cell subtree(long unit) {
        return new Cell(Kind.SUBTREE, unit);
    }

    private static Cell own(long unit) {
        return new Cell(Kind.OWN, unit);
    }

    /** root 1 with sub-units 2 and 3; responses of each unit's own staff. */
    private static DisclosurePlanner.UnitPlan plan(long rootOwn, long a, long b) {
        Map<Long, Long> parents = new HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 1L);
        return DisclosurePlanner.planUnits(parents, Map.of(1L, rootOwn, 2L, a, 3L, b), K);
    }

    @Test
    void aParentWhoseHiddenRemainderIsSmallHidesItsSmallestChildInstead() {
        // the Sekretariat case: own staff 2 (hidden), sub-units 6 and 6, total 14; 14 − 6 − 6 would be the 2
        DisclosurePlanner.UnitPlan plan = plan(2, 6, 6);

        assertThat(plan.published()).contains(subtree(1)).doesNotContain(own(1));
        assertThat(plan.published().contains(subtree(2)) ^ plan.published().contains(subtree(3)))
                .as("exactly one sub-unit is hidden with the own staff").isTrue();
    }

    @Test
    void everythingLargeEnoughIsShown() {
        DisclosurePlanner.UnitPlan plan = plan(5, 6, 7);

        assertThat(plan.published()).contains(subtree(1), own(1), subtree(2), subtree(3));
    }

    @Test
    void aParentHidesItsOnlyVisibleChildWhenTheRestIsSmall() {
        // own staff 0, sub-units 3 and 9: the total 12 minus the 9 gives the 3 — so the 9 must go
        DisclosurePlanner.UnitPlan plan = plan(0, 3, 9);

        assertThat(plan.published()).contains(subtree(1)).doesNotContain(subtree(2), subtree(3));
        assertThat(plan.n().get(subtree(1))).isEqualTo(12);
    }

    @Test
    void aSmallTreeShowsNothing() {
        assertThat(plan(1, 1, 2).published()).doesNotContain(subtree(1), subtree(2), subtree(3), own(1));
    }

    @Test
    void everyPublishedGroupHasAResidualOfZeroOrAtLeastK() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 300; round++) {
            Map<Long, Long> parents = new HashMap<>();
            Map<Long, Long> perUnit = new HashMap<>();
            parents.put(1L, null);
            for (long u = 2; u <= 25; u++) {
                parents.put(u, 1 + (long) random.nextInt((int) u - 1));
            }
            parents.keySet().forEach(u -> perUnit.put(u, (long) random.nextInt(7)));
            DisclosurePlanner.UnitPlan plan = DisclosurePlanner.planUnits(parents, perUnit, K);
            Map<Cell, Long> covered = new HashMap<>();
            for (Cell cell : plan.published()) {
                covered.put(cell, 0L);
            }
            // the residual of a published group: its n minus the n of the published groups directly under it
            for (Cell cell : plan.published()) {
                Cell up = publishedParent(cell, plan);
                if (up != null) {
                    covered.merge(up, plan.n().get(cell), Long::sum);
                }
            }
            for (Cell cell : plan.published()) {
                long residual = plan.n().get(cell) - covered.get(cell);
                assertThat(residual == 0 || residual >= K).as("residual of %s in tree %s", cell, round).isTrue();
            }
        }
    }

    /** The smallest published group that strictly holds a published group. */
    private static Cell publishedParent(Cell cell, DisclosurePlanner.UnitPlan plan) {
        Long start = cell.kind() == Kind.OWN ? Long.valueOf(cell.unitId()) : plan.parentOf().get(cell.unitId());
        for (Long u = start; u != null; u = plan.parentOf().get(u)) {
            if (plan.published().contains(subtree(u))) {
                return subtree(u);
            }
        }
        return null;
    }

    @Test
    void aSplitThatLeavesOneSideOfARegionSmallIsStillSafeWhenOtherRegionsHideIt() {
        // two regions of 10; the split takes 3 of each: region minus split cannot be separated
        int[] region = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        int[] split = new int[20];
        for (int i : new int[] {0, 1, 2, 10, 11, 12}) {
            split[i] = DisclosurePlanner.FIRST;
        }
        for (int i = 0; i < 20; i++) {
            split[i] = split[i] == 0 ? DisclosurePlanner.SECOND : split[i];
        }
        assertThat(DisclosurePlanner.splitsSafe(region, List.of(split), K)).isTrue();
    }

    @Test
    void aSplitWhoseSmallSideSitsInOneRegionIsRefused() {
        // one region of 10 and one of 10: the trained are 3 people, all in the first region, and the
        // second region has none — the trained total is then the first region's 3
        int[] region = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        int[] split = new int[20];
        Arrays.fill(split, DisclosurePlanner.SECOND);
        split[0] = split[1] = split[2] = DisclosurePlanner.FIRST;
        assertThat(DisclosurePlanner.splitsSafe(region, List.of(split), K)).isFalse();
    }

    @Test
    void aSplitCoveringAGroupNoPublishedCellHoldsIsRefused() {
        // 4 paired respondents outside every published unit group: their change would be exact
        int[] region = {-1, -1, -1, -1, 0, 0, 0, 0, 0, 0};
        int[] split = {1, 1, 2, 2, 0, 0, 0, 0, 0, 0};
        assertThat(DisclosurePlanner.splitsSafe(region, List.of(split), K)).isFalse();
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
