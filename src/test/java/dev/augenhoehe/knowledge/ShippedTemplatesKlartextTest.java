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
     * Plain statements with "can", "no" or "little changes" that the engine, seeing the field alone, reads as a
     * bare verdict. In a template each one is itself the reason (a risk reason, a pro, a con), so they are engine
     * false positives, reported to the language module; remove entries here as the engine learns them.
     */
    static final Set<String> KNOWN_BARE_FALSE_POSITIVES = Set.of(
            "Wrong answers can cause complaints or legal trouble.",
            "Im Alltag ändert sich wenig.",
            "Little changes in daily work.",
            "Silent failures can go unnoticed for days.",
            "One event can destroy data and backup together.",
            "You can recover within hours.",
            "Shorter testing can let a new error slip through.",
            "Part of the planned work.",
            "Included in the planned work.",
            "Der Umfang wächst während der Entwicklung gern.",
            "You can test the product before you sign.",
            "You buy a product for the standard work and add a small custom part for what makes you special.",
            "Vendor updates can break the custom part.",
            "- Monthly costs never end.",
            "One building and one device can fail together.",
            "Für die Leute an der Arbeit ändert sich wenig.",
            "Little changes for the people doing the work.",
            "Ohne klare Prioritäten können die Kosten wachsen.",
            "- No risk surcharge.",
            "Einzelne Teile verhalten sich eventuell anders und brauchen Korrekturen.",
            "We move the software to the new version in a planned block of work and test everything.",
            "- Weeks of work without visible new features.",
            "Die Rechtslage ist klar und stabil.",
            "Once done, you get security updates again and can build on the new system.",
            "Fewer parts mean fewer places where things can go wrong.",
            "- Teams can work and update independently.",
            "Small teams often drown in the extra operating work.",
            "Zwei Versionen entwickeln sich mit der Zeit auseinander.",
            "One website that works like an app on every phone.",
            "One version means fewer things that can break.",
            "Store reviews can delay a launch by days or weeks.",
            "Two versions can drift apart over time.",
            "The old system may limit what the additions can do.",
            "- No licence fees.",
            "Small projects can stop being maintained.",
            "Das Wissen verteilt sich auf beide Seiten.",
            "You hire two or more developers who work only on your products.",
            "A change of agency can be slow and costly.",
            "A setup error can lock people out of several tools.",
            "Kleine Änderungen werden getestet und lassen sich zurücknehmen.",
            "Small changes are tested and can be reversed.",
            "3–9 months, alongside normal work.",
            "Custom changes can clash with updates.",
            "Updates werden schneller und sicherer.",
            "One unprotected account can be enough for a break-in.");

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
