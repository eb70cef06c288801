package dev.augenhoehe.clients;

import java.util.List;

/** One page of a list, numbered from 1 as people count. */
record Paged<T>(List<T> items, int page, int size, long total) {

    static final int SIZE = 20;

    static int offset(int page) {
        return (Math.max(page, 1) - 1) * SIZE;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
