package dev.augenhoehe.knowledge;

import java.util.List;

/**
 * One search result, ready to show: the title and a snippet split into parts, the matching ones marked.
 *
 * @param shipped true for templates and glossary terms that ship with the product
 */
public record SearchHit(SearchKind kind, String key, boolean shipped, List<Part> title, List<Part> snippet,
        String url, float score) {

    /** A piece of text; {@code hit} when it matched the query. */
    public record Part(String text, boolean hit) {
    }

    public String plainTitle() {
        StringBuilder s = new StringBuilder();
        title.forEach(p -> s.append(p.text()));
        return s.toString();
    }
}
