package dev.augenhoehe.knowledge;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * What a person types for a workspace term. At least one of the two terms and one explanation are needed; that
 * rule and "no HTML" are checked in {@link GlossaryController}, so the messages can name the field.
 *
 * @param overrides the shipped term's id this term replaces, or empty for a new term
 */
record GlossaryTermForm(
        @Size(max = 80) String overrides,
        @Size(max = 120) String termEn,
        @Size(max = 120) String termDe,
        @Size(max = 1000) String variants,
        String known,
        @Size(max = 500) String explanationEn,
        @Size(max = 500) String explanationDe,
        // the term's version the form was opened on (editing only): a save based on an older one is caught
        Integer version) {

    GlossaryTermForm {
        overrides = overrides == null ? "" : overrides.strip();
        // a checkbox: "true" when ticked; anything else, including nonsense, counts as not ticked
        known = "true".equalsIgnoreCase(known == null ? "" : known.strip()) ? "true" : "false";
        termEn = termEn == null ? "" : termEn;
        termDe = termDe == null ? "" : termDe;
        variants = variants == null ? "" : variants;
        explanationEn = explanationEn == null ? "" : explanationEn;
        explanationDe = explanationDe == null ? "" : explanationDe;
    }

    static GlossaryTermForm empty() {
        return new GlossaryTermForm("", "", "", "", "false", "", "", null);
    }

    GlossaryTermForm withVersion(Integer newVersion) {
        return new GlossaryTermForm(overrides, termEn, termDe, variants, known, explanationEn, explanationDe,
                newVersion);
    }

    boolean isKnown() {
        return "true".equals(known);
    }

    /** Variants typed one per line or separated by commas or {@code |}. */
    List<String> variantList() {
        return Arrays.stream(variants.split("[\\n,|]")).map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .toList();
    }
}
