package id.plaju.pelita.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The attacker of the curious-head test: every published figure is an equation over the unknown
 * answers of individual responses (a mean × its n is a sum; a change is a sum of after-minus-before
 * differences). Gaussian elimination (modulo a large prime, exact for these small integer systems)
 * tells which combinations of answers the figures determine: if the span of the equations holds
 * the indicator of a group of fewer than k responses, that group's answers are known.
 */
final class LinearAttacker {

    private static final long P = 2_147_483_647L;

    private final Map<Long, Integer> column = new HashMap<>();
    private final List<long[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private final Set<Map<Long, Integer>> equations = new LinkedHashSet<>();
    private boolean reduced;

    /** A published figure: the sum of {@code coefficient × answer} over the responses is known. */
    void learn(Map<Long, Integer> coefficients) {
        if (!coefficients.isEmpty()) {
            if (equations.add(Map.copyOf(coefficients))) {
                coefficients.keySet().forEach(r -> column.computeIfAbsent(r, k -> column.size()));
                reduced = false;
            }
        }
    }

    void learnSum(Collection<Long> responses) {
        Map<Long, Integer> row = new HashMap<>();
        responses.forEach(r -> row.put(r, 1));
        learn(row);
    }

    int equations() {
        return equations.size();
    }

    int rank() {
        reduce();
        return basis.size();
    }

    /** Whether the figures determine this combination of answers. */
    boolean determines(Map<Long, Integer> combination) {
        reduce();
        long[] v = new long[column.size()];
        for (Map.Entry<Long, Integer> e : combination.entrySet()) {
            Integer c = column.get(e.getKey());
            if (c == null) {
                return false; // an answer no figure touches
            }
            v[c] = mod(e.getValue());
        }
        eliminate(v);
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    boolean determinesSum(Collection<Long> responses) {
        Map<Long, Integer> row = new HashMap<>();
        responses.forEach(r -> row.put(r, 1));
        return determines(row);
    }

    /** The smallest support among the rows of the reduced basis: a determined combination of that many answers. */
    int smallestBasisSupport() {
        reduce();
        int smallest = Integer.MAX_VALUE;
        for (long[] row : basis) {
            int support = 0;
            for (long x : row) {
                if (x != 0) {
                    support++;
                }
            }
            smallest = Math.min(smallest, support);
        }
        return smallest;
    }

    private void reduce() {
        if (reduced) {
            return;
        }
        basis.clear();
        pivots.clear();
        for (Map<Long, Integer> equation : equations) {
            long[] v = new long[column.size()];
            equation.forEach((r, c) -> v[column.get(r)] = mod(c));
            eliminate(v);
            int pivot = -1;
            for (int i = 0; i < v.length; i++) {
                if (v[i] != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long inverse = inverse(v[pivot]);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] * inverse % P;
            }
            // keep the basis fully reduced: clear the new pivot from the earlier rows
            for (long[] row : basis) {
                long factor = row[pivot];
                if (factor != 0) {
                    for (int i = 0; i < v.length; i++) {
                        row[i] = Math.floorMod(row[i] - factor * v[i] % P, P);
                    }
                }
            }
            basis.add(v);
            pivots.add(pivot);
        }
        reduced = true;
    }

    private void eliminate(long[] v) {
        for (int b = 0; b < basis.size(); b++) {
            long factor = v[pivots.get(b)];
            if (factor != 0) {
                long[] row = basis.get(b);
                for (int i = 0; i < v.length; i++) {
                    if (row[i] != 0) {
                        v[i] = Math.floorMod(v[i] - factor * row[i] % P, P);
                    }
                }
            }
        }
    }

    private static long mod(long x) {
        return Math.floorMod(x, P);
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a % P;
        long exponent = P - 2;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    }
}
