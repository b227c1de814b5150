package org.reactions.stance.learned;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Feature names and their positions, in one open-addressing table of plain arrays: every word of every statement
 * is looked up in it, and a HashMap's boxed values and linked nodes cost a cache miss each. Immutable.
 */
final class FeatureIndex {
    private final String[] names;
    private final String[] keys;
    private final int[] hashes;
    private final int[] positions;
    private final int mask;

    /** @param names the features, each at its position in the list; no name twice */
    FeatureIndex(List<String> names) {
        this.names = names.toArray(String[]::new);
        int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2 - 1)) << 1; // at most half full
        keys = new String[capacity];
        hashes = new int[capacity];
        positions = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < this.names.length; i++) {
            int h = spread(this.names[i].hashCode());
            int slot = h & mask;
            while (keys[slot] != null) {
                if (keys[slot].equals(this.names[i])) {
                    throw new IllegalArgumentException("feature '" + this.names[i] + "' twice");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = this.names[i];
            hashes[slot] = h;
            positions[slot] = i;
        }
    }

    /** The position of a feature, or -1 when it is not in the index. */
    int positionOf(String feature) {
        int h = spread(feature.hashCode());
        for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && keys[slot].equals(feature)) {
                return positions[slot];
            }
        }
        return -1;
    }

    int size() {
        return names.length;
    }

    /** Each feature with its position, in the order of positions. */
    void forEach(ObjIntConsumer<String> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], i);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
