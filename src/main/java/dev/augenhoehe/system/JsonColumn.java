package dev.augenhoehe.system;

/**
 * A value type a module stores as JSON in one text column (a brief's draft content, say), declared as a bean:
 * {@code @Bean JsonColumn<BriefContent> briefContent() { return new JsonColumn<>(BriefContent.class); }}.
 * Reading is lenient: a field added later does not break rows written before it.
 */
public record JsonColumn<T>(Class<T> type) {
}
