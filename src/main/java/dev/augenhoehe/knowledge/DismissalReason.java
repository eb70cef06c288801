package dev.augenhoehe.knowledge;

/** Why a consultant dismissed a finding. */
enum DismissalReason {
    /** A jargon finding: this client knows the term. Applies to this client only. */
    KNOWS_TERM,
    /** Any other finding: the words were not meant the way the rule read them. The owner may widen it. */
    NOT_MEANT;

    /** The reason that fits a finding of this category id. */
    static DismissalReason forCategory(String categoryId) {
        return "jargon.unexplained".equals(categoryId) ? KNOWS_TERM : NOT_MEANT;
    }

    /** The message key part: {@code knows-term}, {@code not-meant}. */
    public String id() {
        return this == KNOWS_TERM ? "knows-term" : "not-meant";
    }

    static DismissalReason parse(String id) {
        for (DismissalReason r : values()) {
            if (r.id().equals(id) || r.name().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
