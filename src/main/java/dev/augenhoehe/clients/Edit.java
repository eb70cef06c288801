package dev.augenhoehe.clients;

/** The outcome of saving an edit form: saved, or stale because someone else saved after the form was opened. */
sealed interface Edit<T> {

    record Saved<T>(T value) implements Edit<T> {
    }

    /** Nothing was written; {@code current} is what is stored now. */
    record Stale<T>(T current) implements Edit<T> {
    }
}
