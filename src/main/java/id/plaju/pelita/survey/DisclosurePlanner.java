package id.plaju.pelita.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which groups of a closed round's responses may be published, so that no sum or
 * difference of published figures isolates fewer than {@code k} respondents (decision 0007). Pure
 * arithmetic on counts; {@link RoundPublisher} feeds it from the database.
 *
 * <p><b>The unit tree.</b> The groups a head can ask for are a unit with everything below it
 * ({@code SUBTREE}) and a unit's own staff ({@code OWN}, for a unit with sub-units). These groups
 * nest: any two are disjoint or one holds the other. For such a family, what any combination of
 * published sums reveals is spanned by the <em>residuals</em> of the published groups — a group
 * minus its largest published groups inside it. So a family is safe when every published group has
 * a residual of 0 or at least {@code k}; the planner publishes from the leaves up and, when a
 * group's residual would be 1…k−1, hides the smallest published group inside it whose own residual
 * is positive (hiding it frees at least {@code k}), so the larger group can be shown.
 *
 * <p><b>Splits at the top.</b> The trained / not-trained comparison splits a top unit's paired
 * respondents in two. That crosses the tree, so it is checked exactly instead: any revealed
 * combination is constant on the classes (residual region, split labels); per region the attacker
 * cancels the largest class, so the smallest revealed support for given split coefficients is a sum
 * over regions. {@link #splitsSafe} tries every pattern of coefficients and refuses when a support of
 * 1…k−1 respondents can be reached.
 */
final class DisclosurePlanner {

    /** Split labels: not part of the split, in its first group (trained), in its second (not trained). */
    static final int NONE = 0;
    static final int FIRST = 1;
    static final int SECOND = 2;

    /** More crossing splits than this on one round are refused outright: checking them would not stay cheap. */
    static final int MAX_SPLITS = 3;

    private static final int COEFFICIENT_RANGE = 3;

    enum Kind { SUBTREE, OWN }

    record Cell(Kind kind, long unitId) {
    }

    /** The published unit groups of a round, with the number of responses of every group. */
    record UnitPlan(Map<Cell, Long> n, Set<Cell> published, Map<Long, Long> parentOf, Set<Long> withChildren) {

        /** The smallest published group that holds a response of this unit (its residual region), or null. */
        Cell regionOf(long unitId) {
            if (withChildren.contains(unitId)) {
                Cell own = new Cell(Kind.OWN, unitId);
                if (published.contains(own)) {
                    return own;
                }
            }
            Set<Long> seen = new HashSet<>();
            for (Long u = unitId; u != null && seen.add(u); u = parentOf.get(u)) {
                Cell subtree = new Cell(Kind.SUBTREE, u);
                if (published.contains(subtree)) {
                    return subtree;
                }
            }
            return null;
        }

        /** The top unit of this unit's tree. */
        long rootOf(long unitId) {
            long root = unitId;
            Set<Long> seen = new HashSet<>();
            for (Long u = unitId; u != null && seen.add(u); u = parentOf.get(u)) {
                root = u;
            }
            return root;
        }
    }

    private static final class Node {
        final Cell cell;
        final List<Node> children = new ArrayList<>();
        long n;
        boolean published;

        Node(Cell cell) {
            this.cell = cell;
        }

        /** Responses inside the largest published groups below this one. */
        long covered() {
            long covered = 0;
            for (Node child : children) {
                covered += child.published ? child.n : child.covered();
            }
            return covered;
        }

        long residual() {
            return n - covered();
        }
    }

    private static final Comparator<Node> SMALLEST_FIRST = Comparator.<Node>comparingLong(node -> node.n)
            .thenComparing(node -> node.cell.kind()).thenComparingLong(node -> node.cell.unitId());

    private DisclosurePlanner() {
    }

    /**
     * @param parentOf         every unit's parent (null for a top unit), as the tree stands
     * @param responsesPerUnit responses whose unit (at the time) is that unit
     */
    static UnitPlan planUnits(Map<Long, Long> parentOf, Map<Long, Long> responsesPerUnit, int k) {
        Map<Long, List<Long>> childrenOf = new HashMap<>();
        List<Long> roots = new ArrayList<>();
        parentOf.keySet().stream().sorted().forEach(unit -> {
            Long parent = parentOf.get(unit);
            if (parent == null || !parentOf.containsKey(parent)) {
                roots.add(unit);
            } else {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
            }
        });
        Map<Cell, Node> nodes = new LinkedHashMap<>();
        for (Long root : roots) {
            build(root, childrenOf, responsesPerUnit, nodes, new HashSet<>());
        }
        for (Long root : roots) {
            decide(nodes.get(new Cell(Kind.SUBTREE, root)), k);
        }
        Map<Cell, Long> n = new LinkedHashMap<>();
        Set<Cell> published = new HashSet<>();
        nodes.forEach((cell, node) -> {
            n.put(cell, node.n);
            if (node.published) {
                published.add(cell);
            }
        });
        Map<Long, Long> tree = new HashMap<>();
        parentOf.forEach((unit, parent) -> tree.put(unit, parent != null && parentOf.containsKey(parent) ? parent : null));
        return new UnitPlan(n, published, tree, Set.copyOf(childrenOf.keySet()));
    }

    private static Node build(long unit, Map<Long, List<Long>> childrenOf, Map<Long, Long> perUnit,
            Map<Cell, Node> nodes, Set<Long> path) {
        if (!path.add(unit)) {
            throw new IllegalStateException("The unit tree has a cycle at unit " + unit);
        }
        Node subtree = new Node(new Cell(Kind.SUBTREE, unit));
        nodes.put(subtree.cell, subtree);
        long own = perUnit.getOrDefault(unit, 0L);
        subtree.n = own;
        List<Long> children = childrenOf.getOrDefault(unit, List.of());
        if (!children.isEmpty()) {
            Node ownNode = new Node(new Cell(Kind.OWN, unit));
            ownNode.n = own;
            nodes.put(ownNode.cell, ownNode);
            subtree.children.add(ownNode);
            for (Long child : children) {
                Node childNode = build(child, childrenOf, perUnit, nodes, path);
                subtree.children.add(childNode);
                subtree.n += childNode.n;
            }
        }
        path.remove(unit);
        return subtree;
    }

    /** Bottom-up: publish a group when its residual is 0 or ≥ k, hiding one smaller group inside it if needed. */
    private static void decide(Node node, int k) {
        for (Node child : node.children) {
            decide(child, k);
        }
        if (node.n == 0) {
            node.published = true; // nothing to hide: shown as "no responses"
            return;
        }
        if (node.n < k) {
            node.published = false;
            return;
        }
        long residual = node.residual();
        if (residual > 0 && residual < k) {
            List<Node> path = new ArrayList<>();
            List<List<Node>> candidates = new ArrayList<>();
            collectFreeable(node, path, candidates);
            // n(node) ≥ k and residual < k, so some published group below has a positive residual
            List<Node> chosen = candidates.stream()
                    .min(Comparator.comparing(c -> c.getLast(), SMALLEST_FIRST))
                    .orElseThrow(() -> new IllegalStateException("No group to hide under " + node.cell));
            // the group itself and the published groups of residual 0 on the way to it (they equal the
            // union of what they hold, so hiding them hides nothing more)
            chosen.forEach(n -> n.published = false);
        }
        node.published = true;
    }

    /**
     * The published groups below {@code node} whose hiding raises node's residual: a published group
     * with a positive residual, reached through unpublished groups or published ones of residual 0.
     * Each candidate comes with the residual-0 groups on its way.
     */
    private static void collectFreeable(Node node, List<Node> path, List<List<Node>> candidates) {
        for (Node child : node.children) {
            if (child.published && child.n > 0) {
                if (child.residual() > 0) {
                    List<Node> chain = new ArrayList<>(path);
                    chain.add(child);
                    candidates.add(chain);
                    continue;
                }
                path.add(child);
                collectFreeable(child, path, candidates);
                path.removeLast();
            } else if (!child.published) {
                collectFreeable(child, path, candidates);
            }
        }
    }

    /**
     * Whether published splits of one tree's responses, together with the published unit groups,
     * reveal no combination of fewer than {@code k} responses.
     *
     * @param region region of each response: index of its residual region, or −1 when no published
     *               unit group holds it
     * @param splits for each split, each response's label ({@link #NONE}, {@link #FIRST}, {@link #SECOND})
     */
    static boolean splitsSafe(int[] region, List<int[]> splits, int k) {
        if (splits.isEmpty()) {
            return true;
        }
        if (splits.size() > MAX_SPLITS) {
            return false;
        }
        int f = splits.size();
        // classes: (region, labels) → count
        Map<Integer, Map<List<Integer>, Long>> classes = new HashMap<>();
        for (int i = 0; i < region.length; i++) {
            Integer[] labels = new Integer[f];
            for (int s = 0; s < f; s++) {
                labels[s] = splits.get(s)[i];
            }
            classes.computeIfAbsent(region[i], r -> new HashMap<>()).merge(Arrays.asList(labels), 1L, Long::sum);
        }
        List<int[][]> labelsPerRegion = new ArrayList<>();
        List<long[]> countsPerRegion = new ArrayList<>();
        List<Boolean> coveredRegion = new ArrayList<>();
        classes.forEach((r, byLabels) -> {
            int[][] labels = new int[byLabels.size()][];
            long[] counts = new long[byLabels.size()];
            int c = 0;
            for (Map.Entry<List<Integer>, Long> e : byLabels.entrySet()) {
                labels[c] = e.getKey().stream().mapToInt(Integer::intValue).toArray();
                counts[c++] = e.getValue();
            }
            labelsPerRegion.add(labels);
            countsPerRegion.add(counts);
            coveredRegion.add(r >= 0);
        });
        int variables = 2 * f;
        int values = 2 * COEFFICIENT_RANGE + 1;
        int assignments = (int) Math.pow(values, variables);
        int[] g = new int[variables];
        for (int a = 1; a < assignments; a++) {
            int rest = a;
            for (int v = 0; v < variables; v++) {
                g[v] = rest % values - COEFFICIENT_RANGE;
                rest /= values;
            }
            long support = 0;
            for (int r = 0; r < labelsPerRegion.size() && support < k; r++) {
                support += regionSupport(labelsPerRegion.get(r), countsPerRegion.get(r), coveredRegion.get(r), g);
            }
            if (support > 0 && support < k) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fewest responses of one region that a revealed combination with split coefficients {@code g}
     * must touch: the region's own coefficient cancels its largest class of equal values (or none, when
     * no published group holds the region).
     */
    private static long regionSupport(int[][] labels, long[] counts, boolean covered, int[] g) {
        Map<Integer, Long> byValue = new HashMap<>();
        long all = 0;
        for (int c = 0; c < labels.length; c++) {
            int h = 0;
            for (int s = 0; s < labels[c].length; s++) {
                int label = labels[c][s];
                h += label == FIRST ? g[2 * s] : label == SECOND ? g[2 * s + 1] : 0;
            }
            byValue.merge(h, counts[c], Long::sum);
            all += counts[c];
        }
        if (!covered) {
            return all - byValue.getOrDefault(0, 0L);
        }
        long largest = byValue.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return all - largest;
    }
}
