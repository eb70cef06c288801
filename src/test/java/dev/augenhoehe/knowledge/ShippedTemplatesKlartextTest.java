package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.language.Analysis;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.CheckOptions.Scope;
import dev.augenhoehe.language.Finding;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every shipped template reads at eye level: each text field, checked on its own, has no Klartext warning or error.
 * Option texts are checked with the shorter option limits.
 */
class ShippedTemplatesKlartextTest {

    /**
     * Short factual statements (an effort, a cost, a time, a risk reason) that the engine, seeing the field alone,
     * reads as a bare verdict. In a template each one is itself the reason (a risk reason, a pro, a con), so they are engine
     * false positives, reported to the language module; remove entries here as the engine learns them.
     */
    static final Set<String> KNOWN_BARE_FALSE_POSITIVES = Set.of(
            "Die Rechtslage ist klar und stabil.",
            "Part of the planned work.",
            "Included in the planned work.",
            "3–9 months, alongside normal work.");

    private final ShippedTemplates templates = ShippedTemplates.load();

    @Test
    void thereAreAtLeastThirtyTemplatesInBothLanguages() {
        assertThat(templates.files()).hasSizeGreaterThanOrEqualTo(30);
        for (ShippedTemplates.TemplateFile file : templates.files()) {
            for (Language language : Language.values()) {
                TemplateContent content = file.content(language);
                assertThat(content).as(file.slug() + " " + language).isNotNull();
                assertThat(content.title()).as(file.slug()).isNotBlank();
                assertThat(content.options()).as(file.slug()).hasSizeBetween(2, 5);
                assertThat(content.recommendation() != null || !content.noRecommendationBecause().isEmpty())
                        .as(file.slug() + ": a recommendation or the reason why there is none").isTrue();
            }
        }
    }

    @Test
    void everyTemplateTextPassesKlartextWithoutWarnings() {
        Klartext klartext = Klartext.standard();
        List<String> problems = new ArrayList<>();
        for (ShippedTemplates.TemplateFile file : templates.files()) {
            for (Language language : Language.values()) {
                TemplateContent c = file.content(language);
                String where = file.slug() + " [" + language.code() + "] ";
                check(klartext, language, Scope.REPLY, where + "title", c.title(), problems);
                check(klartext, language, Scope.REPLY, where + "question", c.question(), problems);
                check(klartext, language, Scope.REPLY, where + "context", c.context(), problems);
                check(klartext, language, Scope.REPLY, where + "reasons", c.reasons(), problems);
                check(klartext, language, Scope.REPLY, where + "noRecommendationBecause", c.noRecommendationBecause(),
                        problems);
                check(klartext, language, Scope.REPLY, where + "revisitIf", c.revisitIf(), problems);
                check(klartext, language, Scope.REPLY, where + "knowhow", c.knowhow(), problems);
                for (int i = 0; i < c.options().size(); i++) {
                    TemplateOption o = c.options().get(i);
                    String at = where + "option " + (i + 1) + " ";
                    check(klartext, language, Scope.OPTION, at + "name", o.name(), problems);
                    check(klartext, language, Scope.OPTION, at + "meaning", o.meaning(), problems);
                    check(klartext, language, Scope.OPTION, at + "pros", o.pros(), problems);
                    check(klartext, language, Scope.OPTION, at + "cons", o.cons(), problems);
                    check(klartext, language, Scope.OPTION, at + "leadsTo", o.leadsTo(), problems);
                    check(klartext, language, Scope.OPTION, at + "effort", o.effort(), problems);
                    check(klartext, language, Scope.OPTION, at + "cost", o.cost(), problems);
                    check(klartext, language, Scope.OPTION, at + "time", o.time(), problems);
                    check(klartext, language, Scope.OPTION, at + "riskReason", o.riskReason(), problems);
                }
            }
        }
        assertThat(problems).as("Klartext findings in shipped templates").isEmpty();
    }

    private static void check(Klartext klartext, Language language, Scope scope, String where, String text,
            List<String> problems) {
        if (text.isBlank()) {
            return;
        }
        Analysis analysis = klartext.analyze(text, language, CheckOptions.defaults().withScope(scope));
        for (Finding f : analysis.findings()) {
            if (f.isProblem() && !(f.categoryId().equals("answer.bare") && KNOWN_BARE_FALSE_POSITIVES.contains(f.text()))) {
                problems.add(where + ": " + f.severity().id() + " " + f.categoryId() + " \"" + f.text() + "\" – "
                        + f.message());
            }
        }
    }
}
