package dev.augenhoehe.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A decision as every page, the export and the client's page see it: its current state, derived from the history.
 *
 * @param confirmation the client's confirmation, or null for a decision recorded by a consultant
 */
record DecisionView(long id, long engagementId, int number, Long questionId, DecisionFields fields,
        List<Link> links, List<DecisionEntry> history, Confirmation confirmation, Instant createdAt,
        Instant updatedAt, int version) {

    /** What the client chose and saw: the exact brief version and the SHA-256 of its content. */
    record Confirmation(long briefId, int briefVersion, String contentHash, Instant at) {
    }

    public String numberLabel() {
        return label(number);
    }

    static String label(int number) {
        return "%04d".formatted(number);
    }

    public String path() {
        return "/decisions/" + id;
    }

    /** {@code 0001-kebab-title.md}: only a-z, 0-9 and dashes, so no name can leave the folder. */
    public String fileName() {
        return numberLabel() + "-" + slug(fields.title()) + ".md";
    }

    static String slug(String title) {
        String ascii = java.text.Normalizer.normalize(title.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "decision" : slug;
    }

    public DecisionStatus status() {
        return fields.status();
    }

    public List<Long> linked(LinkType type) {
        return links.stream().filter(l -> l.type() == type).map(Link::decisionId).toList();
    }
}
