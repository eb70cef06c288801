package dev.augenhoehe.briefs;

/** Never published; published and unchanged since; or published with newer changes in the draft. */
enum BriefState {
    DRAFT, PUBLISHED, CHANGED;

    public String cssClass() {
        return switch (this) {
            case DRAFT -> "open";
            case CHANGED -> "touched";
            case PUBLISHED -> "settled";
        };
    }
}
