package dev.augenhoehe.briefs;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.List;

/** Object mother for briefs. */
final class TestBriefs {

    private TestBriefs() {
    }

    static BriefOption option(String name, String risk) {
        return new BriefOption(name, "This option means a plain thing for you.", "- quick", "- costs more",
                "You can change it later.", "3 days", "EUR 2,000", "2 weeks", risk, "Little can go wrong here.");
    }

    /** A draft that may be published: two complete options, the first recommended with reasons. */
    static Brief publishable(long workspaceId, long questionId) {
        Brief empty = Brief.start(workspaceId, 1, questionId, Language.EN, null, null, 7, Instant.now());
        return withEdit(empty, new BriefEdit("Your shop needs a new home.",
                List.of(option("Rent in the cloud", "low"), option("Own server", "medium")), 0, "",
                "It is safer and needs less care from your team.", "Your internet is unreliable.",
                "Cloud means renting computers.", List.of(), List.of()));
    }

    static Brief withEdit(Brief brief, BriefEdit edit) {
        return brief.edited(edit, brief.version(), 7, Instant.now());
    }
}
