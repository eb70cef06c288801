package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two published versions of a brief, field by field, as the version page shows it: the
 * field's label (an option's fields say which option), the text before and the text after. Unchanged fields are
 * left out; an added or removed option is one change with an empty side.
 */
final class BriefChanges {

    /** {@code labelKey} with {@code option} (1-based, 0 for a field of the whole brief) names the field. */
    record Change(String labelKey, int option, String before, String after) {
    }

    private BriefChanges() {
    }

    static List<Change> between(BriefContent before, BriefContent after) {
        List<Change> changes = new ArrayList<>();
        field(changes, "briefs.change.question", 0, before.question(), after.question());
        field(changes, "briefs.field.context", 0, before.context(), after.context());
        int options = Math.max(before.options().size(), after.options().size());
        for (int i = 0; i < options; i++) {
            DecisionOption was = i < before.options().size() ? before.options().get(i) : null;
            DecisionOption now = i < after.options().size() ? after.options().get(i) : null;
            if (was == null || now == null) {
                field(changes, "briefs.field.name", i + 1, was == null ? "" : was.name(), now == null ? "" : now.name());
                continue;
            }
            option(changes, i + 1, was, now, "briefs.field.name", DecisionOption::name);
            option(changes, i + 1, was, now, "briefs.field.meaning", DecisionOption::meaning);
            option(changes, i + 1, was, now, "briefs.field.pros", DecisionOption::pros);
            option(changes, i + 1, was, now, "briefs.field.cons", DecisionOption::cons);
            option(changes, i + 1, was, now, "briefs.field.leadsTo", DecisionOption::leadsTo);
            option(changes, i + 1, was, now, "briefs.field.effort", DecisionOption::effort);
            option(changes, i + 1, was, now, "briefs.field.cost", DecisionOption::cost);
            option(changes, i + 1, was, now, "briefs.field.time", DecisionOption::time);
            option(changes, i + 1, was, now, "briefs.field.risk", o -> o.risk() == null ? "" : o.risk().id());
            option(changes, i + 1, was, now, "briefs.field.riskReason", DecisionOption::riskReason);
        }
        field(changes, "briefs.field.recommendation", 0, recommended(before), recommended(after));
        field(changes, "briefs.field.reasons", 0, before.reasons(), after.reasons());
        field(changes, "briefs.field.noRecommendationBecause", 0, before.noRecommendationBecause(),
                after.noRecommendationBecause());
        field(changes, "briefs.field.revisitIf", 0, before.revisitIf(), after.revisitIf());
        field(changes, "briefs.field.knowhowText", 0, before.knowhow(), after.knowhow());
        field(changes, "briefs.field.knowhow", 0, terms(before), terms(after));
        return changes;
    }

    private static void option(List<Change> changes, int option, DecisionOption was, DecisionOption now,
            String labelKey, Function<DecisionOption, String> field) {
        field(changes, labelKey, option, field.apply(was), field.apply(now));
    }

    private static void field(List<Change> changes, String labelKey, int option, String before, String after) {
        String b = before == null ? "" : before.strip();
        String a = after == null ? "" : after.strip();
        if (!Objects.equals(b, a)) {
            changes.add(new Change(labelKey, option, b, a));
        }
    }

    private static String recommended(BriefContent content) {
        Integer r = content.recommendation();
        return r == null || r < 0 || r >= content.options().size() ? "" : content.options().get(r).name();
    }

    private static String terms(BriefContent content) {
        return content.terms() == null ? "" : String.join(", ", content.terms().stream()
                .map(BriefContent.KnowhowTerm::term).toList());
    }
}
