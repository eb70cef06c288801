package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.GlossaryTerm;
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
                joinVariants(form.variantList()), form.known(), form.explanationEn().strip(),
                form.explanationDe().strip(), Instant.now(), null);
    }

    GlossaryTermRow withForm(GlossaryTermForm form) {
        return new GlossaryTermRow(id, workspaceId, termKey, form.termEn().strip(), form.termDe().strip(),
                joinVariants(form.variantList()), form.known(), form.explanationEn().strip(),
                form.explanationDe().strip(), Instant.now(), version);
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
