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
import org.junit.jupiter.api.Test;

/**
 * Every shipped template reads at eye level: each text field, checked on its own, has no Klartext warning or error.
 * Option texts are checked with the shorter option limits.
 */
class ShippedTemplatesKlartextTest {

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
                    DecisionOption o = c.options().get(i);
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
            if (f.isProblem()) {
                problems.add(where + ": " + f.severity().id() + " " + f.categoryId() + " \"" + f.text() + "\" – "
                        + f.message());
            }
        }
    }
}
