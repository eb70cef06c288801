package dev.augenhoehe.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field of a stale save: what is stored now (someone else's save) and what this form sent. Shown by the
 * fragment {@code fragments/conflict :: conflict}, so the consultant can keep one or merge and nothing is lost.
 */
public record FieldConflict(String labelKey, String theirs, String yours) {

    /** Collects the fields that differ; equal ones (after trimming) are no conflict. */
    public static final class Builder {

        private final List<FieldConflict> out = new ArrayList<>();

        public Builder field(String labelKey, Object theirs, Object yours) {
            String t = text(theirs);
            String y = text(yours);
            if (!Objects.equals(t, y)) {
                out.add(new FieldConflict(labelKey, t, y));
            }
            return this;
        }

        public List<FieldConflict> build() {
            return List.copyOf(out);
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString().strip();
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
