package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What differs between two contents of one brief, field by field: the draft someone else saved against the text
 * this editor sent (so the conflict page shows both and nothing typed is lost), or a version against the one before
 * (what changed).
 *
 * @param option 1-based option number for option fields, else null
 */
record Conflict(String labelKey, Integer option, String theirs, String yours) {

    private record Field(String labelKey, Function<DecisionOption, String> value) {
    }

    private static final List<Field> OPTION_FIELDS = List.of(
            new Field("briefs.field.name", DecisionOption::name),
            new Field("briefs.field.meaning", DecisionOption::meaning),
            new Field("briefs.field.pros", DecisionOption::pros),
            new Field("briefs.field.cons", DecisionOption::cons),
            new Field("briefs.field.leadsTo", DecisionOption::leadsTo),
            new Field("briefs.field.effort", DecisionOption::effort),
            new Field("briefs.field.cost", DecisionOption::cost),
            new Field("briefs.field.time", DecisionOption::time),
            new Field("briefs.field.risk", o -> o.risk() == null ? "" : o.risk().id()),
            new Field("briefs.field.riskReason", DecisionOption::riskReason));

    static List<Conflict> between(BriefContent theirs, BriefContent yours) {
        List<Conflict> out = new ArrayList<>();
        add(out, "briefs.field.context", null, theirs.context(), yours.context());
        int n = Math.max(theirs.options().size(), yours.options().size());
        for (int i = 0; i < n; i++) {
            DecisionOption t = i < theirs.options().size() ? theirs.options().get(i) : DecisionOption.EMPTY;
            DecisionOption y = i < yours.options().size() ? yours.options().get(i) : DecisionOption.EMPTY;
            for (Field f : OPTION_FIELDS) {
                add(out, f.labelKey(), i + 1, f.value().apply(t), f.value().apply(y));
            }
        }
        add(out, "briefs.field.recommendation", null, recommended(theirs), recommended(yours));
        add(out, "briefs.field.reasons", null, theirs.reasons(), yours.reasons());
        add(out, "briefs.field.noRecommendationBecause", null, theirs.noRecommendationBecause(),
                yours.noRecommendationBecause());
        add(out, "briefs.field.revisitIf", null, theirs.revisitIf(), yours.revisitIf());
        add(out, "briefs.field.knowhow", null, theirs.knowhow(), yours.knowhow());
        return out;
    }

    private static String recommended(BriefContent content) {
        return content.hasRecommendation() ? content.recommended().name() : "–";
    }

    private static void add(List<Conflict> out, String key, Integer option, String theirs, String yours) {
        if (!Objects.equals(theirs, yours)) {
            out.add(new Conflict(key, option, theirs, yours));
        }
    }
}
