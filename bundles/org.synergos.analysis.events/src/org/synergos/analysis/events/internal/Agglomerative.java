package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative hierarchical clustering of a distance matrix by the Lance–Williams recurrence
 * (Lance &amp; Williams 1967): average linkage (UPGMA) or Ward's minimum-variance method in the form of R's
 * {@code hclust(method = "ward.D2")} and {@code cluster::agnes(method = "ward")} — distances squared before
 * the update, merge heights reported on the distance scale (Murtagh &amp; Legendre 2014). Ties merge the
 * pair with the smallest indices first.
 */
final class Agglomerative {

    /** Linkage criterion. */
    enum Linkage {
        WARD, AVERAGE
    }

    /**
     * One merge.
     *
     * @param left members of the first cluster (case indices)
     * @param right members of the second cluster
     * @param height merge height
     */
    record Merge(List<Integer> left, List<Integer> right, double height) {
    }

    private Agglomerative() {
    }

    static List<Merge> cluster(double[][] distances, Linkage linkage) {
        int n = distances.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = linkage == Linkage.WARD ? distances[i][j] * distances[i][j] : distances[i][j];
            }
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        List<Merge> merges = new ArrayList<>();
        for (int step = 1; step < n; step++) {
            int a = -1;
            int b = -1;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && active[i]; j++) {
                    if (active[j] && (a < 0 || d[i][j] < d[a][b])) {
                        a = i;
                        b = j;
                    }
                }
            }
            double height = linkage == Linkage.WARD ? Math.sqrt(d[a][b]) : d[a][b];
            merges.add(new Merge(List.copyOf(members.get(a)), List.copyOf(members.get(b)), height));
            int sizeA = members.get(a).size();
            int sizeB = members.get(b).size();
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && k != b) {
                    d[a][k] = d[k][a] = update(linkage, d[a][k], d[b][k], d[a][b], sizeA, sizeB, members.get(k).size());
                }
            }
            members.get(a).addAll(members.get(b));
            active[b] = false;
        }
        return merges;
    }

    /** Lance–Williams update of the distance between the merged cluster (a ∪ b) and k. */
    private static double update(Linkage linkage, double ak, double bk, double ab, int na, int nb, int nk) {
        if (linkage == Linkage.AVERAGE) {
            return (na * ak + nb * bk) / (na + nb);
        }
        double total = na + nb + nk;
        return ((na + nk) * ak + (nb + nk) * bk - nk * ab) / total;
    }

    /** Cluster number (1-based, numbered by first member) of each case when the tree is cut into k clusters. */
    static int[] cut(int n, List<Merge> merges, int k) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < Math.max(0, n - k) && m < merges.size(); m++) {
            int root = find(parent, merges.get(m).left().get(0));
            for (int member : merges.get(m).right()) {
                parent[find(parent, member)] = root;
            }
        }
        int[] cluster = new int[n];
        int[] numberOfRoot = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (numberOfRoot[root] == 0) {
                numberOfRoot[root] = ++next;
            }
            cluster[i] = numberOfRoot[root];
        }
        return cluster;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
