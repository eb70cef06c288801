package dev.augenhoehe.briefs;

import java.util.List;

/**
 * What an edit of a draft changes: every editable field at once, as the editor sends it.
 *
 * @param recommendation index of the recommended option, or null for "no recommendation yet"
 * @param addedTerms     glossary ids the consultant added to the know-how box
 * @param removedTerms   glossary ids the consultant took out (also ones found automatically)
 */
record BriefEdit(String context, List<BriefOption> options, Integer recommendation, String noRecommendationBecause,
        String reasons, String revisitIf, String knowhow, List<String> addedTerms, List<String> removedTerms) {

    static final int MAX_OPTIONS = 5;

    BriefEdit {
        context = Texts.clean(context);
        options = options == null ? List.of() : options.stream().limit(MAX_OPTIONS).toList();
        if (recommendation != null && (recommendation < 0 || recommendation >= options.size())) {
            recommendation = null;
        }
        noRecommendationBecause = Texts.clean(noRecommendationBecause);
        reasons = Texts.clean(reasons);
        revisitIf = Texts.clean(revisitIf);
        knowhow = Texts.clean(knowhow);
        addedTerms = addedTerms == null ? List.of() : List.copyOf(addedTerms);
        removedTerms = removedTerms == null ? List.of() : List.copyOf(removedTerms);
    }
}
