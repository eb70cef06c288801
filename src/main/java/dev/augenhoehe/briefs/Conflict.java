package dev.augenhoehe.briefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What differs between the draft someone else saved and the text this editor sent, field by field, so the
 * conflict page can show both and nothing typed is lost.
 *
 * @param option 1-based option number for option fields, else null
 */
record Conflict(String labelKey, Integer option, String theirs, String yours) {

    static List<Conflict> between(Brief theirs, BriefForm yours) {
        List<Conflict> out = new ArrayList<>();
        add(out, "briefs.field.context", null, theirs.context(), yours.context());
        int n = Math.max(theirs.options().size(), yours.options().size());
        for (int i = 0; i < n; i++) {
            BriefForm.OptionForm t = i < theirs.options().size()
                    ? BriefForm.OptionForm.of(theirs.options().get(i)) : BriefForm.OptionForm.of(BriefOption.EMPTY);
            BriefForm.OptionForm y = i < yours.options().size() ? yours.options().get(i)
                    : BriefForm.OptionForm.of(BriefOption.EMPTY);
            add(out, "briefs.field.name", i + 1, t.name(), y.name());
            add(out, "briefs.field.meaning", i + 1, t.meaning(), y.meaning());
            add(out, "briefs.field.pros", i + 1, t.pros(), y.pros());
            add(out, "briefs.field.cons", i + 1, t.cons(), y.cons());
            add(out, "briefs.field.leadsTo", i + 1, t.leadsTo(), y.leadsTo());
            add(out, "briefs.field.effort", i + 1, t.effort(), y.effort());
            add(out, "briefs.field.cost", i + 1, t.cost(), y.cost());
            add(out, "briefs.field.time", i + 1, t.time(), y.time());
            add(out, "briefs.field.risk", i + 1, t.risk(), y.risk());
            add(out, "briefs.field.riskReason", i + 1, t.riskReason(), y.riskReason());
        }
        String theirRecommendation = theirs.hasRecommendation()
                ? theirs.options().get(theirs.recommendation()).name() : "–";
        Integer yourIndex = yours.recommendationIndex();
        String yourRecommendation = yourIndex == null ? "–" : yours.options().get(yourIndex).name();
        add(out, "briefs.field.recommendation", null, theirRecommendation, yourRecommendation);
        add(out, "briefs.field.reasons", null, theirs.reasons(), yours.reasons());
        add(out, "briefs.field.noRecommendationBecause", null, theirs.noRecommendationBecause(),
                yours.noRecommendationBecause());
        add(out, "briefs.field.revisitIf", null, theirs.revisitIf(), yours.revisitIf());
        add(out, "briefs.field.knowhow", null, theirs.knowhow(), yours.knowhow());
        return out;
    }

    private static void add(List<Conflict> out, String key, Integer option, String theirs, String yours) {
        if (!Objects.equals(Texts.clean(theirs), Texts.clean(yours))) {
            out.add(new Conflict(key, option, Texts.clean(theirs), Texts.clean(yours)));
        }
    }
}
