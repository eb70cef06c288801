package dev.augenhoehe.language;

import java.util.List;
import java.util.Objects;

/**
 * One glossary entry (format: {@code language/glossary/*.tsv}, see docs/klartext.md).
 *
 * @param id              lowercase slug, unique, e.g. {@code database-migration}
 * @param en              English display term
 * @param de              German display term
 * @param variants        further surface forms in both languages (plurals, compounds, abbreviations)
 * @param known           true when business clients know the term themselves: never flagged as jargon
 * @param enExplanation   one plain English sentence
 * @param deExplanation   one plain German sentence
 */
public record GlossaryTerm(String id, String en, String de, List<String> variants, boolean known,
                           String enExplanation, String deExplanation) {

    public GlossaryTerm {
        Objects.requireNonNull(id, "id");
        en = en == null ? "" : en;
        de = de == null ? "" : de;
        variants = variants == null ? List.of() : List.copyOf(variants);
        enExplanation = enExplanation == null ? "" : enExplanation;
        deExplanation = deExplanation == null ? "" : deExplanation;
    }

    /** The display term in a language, falling back to the other one when empty. */
    public String term(Language language) {
        String t = language == Language.DE ? de : en;
        return t.isEmpty() ? (language == Language.DE ? en : de) : t;
    }

    /** The explanation in a language, falling back to the other one when empty. */
    public String explanation(Language language) {
        String t = language == Language.DE ? deExplanation : enExplanation;
        return t.isEmpty() ? (language == Language.DE ? enExplanation : deExplanation) : t;
    }

    /** All forms the checker recognises: en, de and the variants. */
    public List<String> forms() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (!en.isBlank()) {
            all.add(en);
        }
        if (!de.isBlank()) {
            all.add(de);
        }
        for (String v : variants) {
            if (!v.isBlank()) {
                all.add(v.trim());
            }
        }
        return List.copyOf(all);
    }
}
