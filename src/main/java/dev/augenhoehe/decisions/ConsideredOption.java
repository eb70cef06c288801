package dev.augenhoehe.decisions;

import java.util.List;

/** One considered option with its pros and cons, as MADR's "Pros and Cons of the Options" lists them. */
record ConsideredOption(String name, String description, List<String> good, List<String> neutral,
        List<String> bad) {

    ConsideredOption {
        name = Clean.line(name, DecisionFields.MAX_LINE);
        description = Clean.text(description, DecisionFields.MAX_TEXT);
        good = Clean.items(good);
        neutral = Clean.items(neutral);
        bad = Clean.items(bad);
    }

    static ConsideredOption named(String name) {
        return new ConsideredOption(name, "", List.of(), List.of(), List.of());
    }

    public boolean hasDetails() {
        return !description.isEmpty() || !good.isEmpty() || !neutral.isEmpty() || !bad.isEmpty();
    }
}
