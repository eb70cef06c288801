package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Language;
import java.util.Objects;

/**
 * Something a workspace wrote, as the search sees it (a past brief, a topic's notes, a question, a client). The
 * module that owns it hands these to {@link KnowledgeSearch#index}.
 *
 * @param key      the brief's stable id within the workspace (at most 100 characters), e.g. {@code "42"}
 * @param language the language the brief is written in
 * @param title    usually the client's question
 * @param body     all the brief's text: context, options, recommendation, know-how
 * @param url      where the result links to, e.g. {@code /briefs/42}
 */
public record SearchDocument(String key, Language language, String title, String body, String url) {

    public static final int MAX_KEY = 100;
    public static final int MAX_TITLE = 300;
    public static final int MAX_URL = 500;

    public SearchDocument {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("key must have 1 to " + MAX_KEY + " characters");
        }
        language = language == null ? Language.DE : language;
        title = title == null ? "" : title.strip();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
        body = body == null ? "" : body;
        url = url == null ? "" : url;
        if (url.length() > MAX_URL || !(url.isEmpty() || url.startsWith("/"))) {
            throw new IllegalArgumentException("url must be a path inside the app, at most " + MAX_URL + " characters");
        }
    }
}
