package dev.extract.actors;

/** Union-find over mention indexes ({@code parent[k] == k} for a root): which mentions are one actor. */
final class UnionFind {
    private UnionFind() {
    }

    /** The root of {@code k}'s set, halving the path on the way. */
    static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** Joins the sets of {@code a} and {@code b}; the lower index becomes the root, so first mentions lead. */
    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
