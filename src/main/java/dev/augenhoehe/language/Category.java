package dev.augenhoehe.language;

/** The six things Klartext looks for. The ids are stable: the CLI's JSON, the corpus and the UI use them. */
public enum Category {
    BARE_ANSWER("answer.bare"),
    CONDESCENDING("tone.condescending"),
    UNEXPLAINED_JARGON("jargon.unexplained"),
    MONOLOGUE("length.monologue"),
    LONG_SENTENCE("sentence.long"),
    HARD_TO_READ("readability.hard");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Finds a category by its id, or null. */
    public static Category byId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        return null;
    }
}
