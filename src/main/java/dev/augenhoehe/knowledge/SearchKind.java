package dev.augenhoehe.knowledge;

/** What a search result is. The lower-case name is stored in the database and the index. */
public enum SearchKind {
    TEMPLATE, GLOSSARY, BRIEF, NOTE, QUESTION, CLIENT;

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static SearchKind of(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
