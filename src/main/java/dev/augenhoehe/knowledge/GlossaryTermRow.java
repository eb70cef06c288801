package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.system.FieldConflict;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A workspace's own glossary term. Variants are stored as one {@code |}-separated string. */
@Table("knowledge_glossary_term")
record GlossaryTermRow(@Id Long id, Long workspaceId, String termKey, String termEn, String termDe, String variants,
        boolean known, String explanationEn, String explanationDe, Instant updatedAt, @Version Integer version) {

    static GlossaryTermRow create(long workspaceId, String termKey, GlossaryTermForm form) {
        return new GlossaryTermRow(null, workspaceId, termKey, form.termEn().strip(), form.termDe().strip(),
                joinVariants(form.variantList()), form.isKnown(), form.explanationEn().strip(),
                form.explanationDe().strip(), Instant.now(), null);
    }

    /** The form's version when it has one: then saving a form opened on an older version fails, not overwrites. */
    GlossaryTermRow withForm(GlossaryTermForm form) {
        return new GlossaryTermRow(id, workspaceId, termKey, form.termEn().strip(), form.termDe().strip(),
                joinVariants(form.variantList()), form.isKnown(), form.explanationEn().strip(),
                form.explanationDe().strip(), Instant.now(), form.version() != null ? form.version() : version);
    }

    /** The fields where this stored term and a stale form differ. */
    List<FieldConflict> conflictsWith(GlossaryTermForm yours) {
        return FieldConflict.builder()
                .field("knowledge.glossary.termEn", termEn, yours.termEn())
                .field("knowledge.glossary.termDe", termDe, yours.termDe())
                .field("knowledge.glossary.variants", String.join("\n", variantList()),
                        String.join("\n", yours.variantList()))
                .field("knowledge.glossary.known", known, yours.isKnown())
                .field("knowledge.glossary.explanationEn", explanationEn, yours.explanationEn())
                .field("knowledge.glossary.explanationDe", explanationDe, yours.explanationDe())
                .build();
    }

    List<String> variantList() {
        return variants == null || variants.isBlank() ? List.of()
                : Arrays.stream(variants.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    GlossaryTerm toTerm() {
        return new GlossaryTerm(termKey, termEn, termDe, variantList(), known, explanationEn, explanationDe);
    }

    private static String joinVariants(List<String> variants) {
        return String.join("|", variants);
    }
}
