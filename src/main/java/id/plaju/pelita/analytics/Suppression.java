package id.plaju.pelita.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The anonymity rule applied to a breakdown: a group with fewer than {@code min} responses shows no
 * value; and when exactly one group of a breakdown is suppressed while its total is shown, the next
 * smallest group is suppressed too, so the hidden one cannot be worked out by subtraction.
 */
public final class Suppression {

    private Suppression() {
    }

    public static List<GroupValue> apply(List<GroupValue> groups, int min, boolean totalShown) {
        List<GroupValue> result = new ArrayList<>();
        for (GroupValue g : groups) {
            result.add(g.n() < min ? g.suppress() : g);
        }
        long suppressed = result.stream().filter(GroupValue::suppressed).count();
        if (totalShown && suppressed == 1) {
            result.stream().filter(g -> !g.suppressed()).min(Comparator.comparingLong(GroupValue::n)
                    .thenComparing(GroupValue::key)).ifPresent(next -> result.set(result.indexOf(next), next.suppress()));
        }
        return result;
    }
}
