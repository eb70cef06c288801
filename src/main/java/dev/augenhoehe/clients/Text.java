package dev.augenhoehe.clients;

/** Form text is stored trimmed; an empty optional field is stored as nothing rather than as "". */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
