package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import dev.augenhoehe.knowledge.Risk;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.List;

/** Object mother for briefs: a publishable content, changed one field at a time with the record's own copies. */
final class TestBriefs {

    private TestBriefs() {
    }

    static DecisionOption option(String name, Risk risk) {
        return new DecisionOption(name, "This option means a plain thing for you.", "- quick", "- costs more",
                "You can change it later.", "3 days", "EUR 2,000", "2 weeks", risk, "Little can go wrong here.");
    }

    /** Two complete options, the first recommended with reasons that explain. */
    static BriefContent publishableContent() {
        return new BriefContent("", Language.EN, "Your shop needs a new home.",
                List.of(option("Rent in the cloud", Risk.LOW), option("Own server", Risk.MEDIUM)), 0, "",
                "It is safer and needs less care from your team.", "Your internet is unreliable.",
                "Cloud means renting computers.", List.of());
    }

    /** A draft that may be published. */
    static Brief publishable(long workspaceId, long questionId) {
        Brief empty = Brief.start(workspaceId, 1, questionId, Language.EN, null, null, 7, Instant.now());
        return withContent(empty, publishableContent());
    }

    static Brief withContent(Brief brief, BriefContent content) {
        return brief.edited(content, brief.knowhowChoices(), brief.version(), 7, Instant.now());
    }

    /** The content with other reasons (or, with no recommendation, why there is none yet). */
    static BriefContent reasons(BriefContent c, Integer recommendation, String reasons, String whyNot) {
        return new BriefContent(c.question(), c.language(), c.context(), c.options(), recommendation, whyNot, reasons,
                c.revisitIf(), c.knowhow(), c.terms());
    }

    static BriefContent options(BriefContent c, List<DecisionOption> options) {
        return new BriefContent(c.question(), c.language(), c.context(), options, c.recommendation(),
                c.noRecommendationBecause(), c.reasons(), c.revisitIf(), c.knowhow(), c.terms());
    }
}
