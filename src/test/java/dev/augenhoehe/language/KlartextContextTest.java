package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The context the product has: the client's question, terms explained elsewhere, dismissed findings. */
class KlartextContextTest {

    static final Klartext K = Klartext.standard();

    static List<Finding> monologue(String text, Language lang, String question) {
        return K.analyze(text, lang, CheckOptions.defaults().withQuestion(question)).findings(Category.MONOLOGUE);
    }

    static String words(int n, String sentence) {
        StringBuilder b = new StringBuilder();
        String[] w = sentence.split(" ");
        int count = 0;
        while (count < n) {
            for (String x : w) {
                if (count == n) {
                    break;
                }
                b.append(x).append(count % 24 == 23 ? ". " : " "); // long sentences: short ones earn a longer limit
                count++;
            }
        }
        return b.toString().strip() + ".";
    }

    @Nested
    class Question {
        final String ramble90 = words(110, "Ja das klappt bis Freitag weil das Team in der Woche noch Zeit hat und wir "
                + "die Daten schon haben");

        @Test
        void aRamblingAnswerToAClosedQuestionIsAMonologue() {
            assertThat(monologue(ramble90, Language.DE, "")).isEmpty();
            assertThat(monologue(ramble90, Language.DE, "Schaffen Sie das bis Freitag?")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.rule()).isEqualTo("length.monologue.short-question");
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    });
            assertThat(monologue(ramble90, Language.DE, "Wann ist die Seite fertig?")).hasSize(1);
            String en = words(110, "Yes we can do it by Friday because the team has time next week and the data is ready");
            assertThat(monologue(en, Language.EN, "Can you make it by Friday?")).hasSize(1);
        }

        @Test
        void aLongAnswerThatWasAskedForIsNot() {
            String options = words(170, "Option A kostet wenig und ist schnell fertig Option B kostet mehr und hält "
                    + "länger");
            assertThat(monologue(options, Language.DE, "")).hasSize(1);
            assertThat(monologue(options, Language.DE, "Welche Optionen haben wir, und was empfehlen Sie?")).isEmpty();
            String en = words(170, "Option A is cheap and quick option B costs more and lasts longer");
            assertThat(monologue(en, Language.EN, "What are our options?")).isEmpty();
            assertThat(monologue(en, Language.EN, "Could you walk me through the pros and cons?")).isEmpty();
            // far beyond even the longer limit
            assertThat(monologue(words(700, "Option A is cheap and quick"), Language.EN, "What are our options?"))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
        }

        @Test
        void aQuestionThatAsksForADocumentAllowsALongAnswer() {
            String report = words(170, "The new till went live on Monday and the card machine now prints its own "
                    + "receipts so staff no longer copy them by hand");
            assertThat(monologue(report, Language.EN, "Is the new till working?")).hasSize(1);
            assertThat(monologue(report, Language.EN, "Can you give us a rundown of the IT for the owners' meeting?"))
                    .isEmpty();
            assertThat(monologue(report, Language.EN, "Could you write up the quarterly report?")).isEmpty();
            String vorlage = words(170, "Die neue Kasse läuft seit Montag und das Kartenterminal druckt die Belege "
                    + "selbst damit niemand sie mehr abschreiben muss");
            assertThat(monologue(vorlage, Language.DE, "Sollen wir die Kasse tauschen?")).hasSize(1);
            assertThat(monologue(vorlage, Language.DE, "Sollen wir die Kasse tauschen? Bitte als Vorlage für den "
                    + "Vorstand.")).isEmpty();
        }

        @Test
        void shortPlainSentencesEarnALongerLimitButNotAfterAClosedQuestion() {
            // 136 words in sentences of 8: one thing per sentence, as a requested explanation reads
            String plain = "Das Backup läuft jede Nacht um zwei Uhr. ".repeat(17);
            String runOn = "Das Backup läuft jede Nacht um zwei Uhr, ".repeat(16) + "Das Backup läuft jede Nacht um zwei Uhr.";
            assertThat(monologue(plain, Language.DE, "")).isEmpty();
            assertThat(monologue(runOn, Language.DE, "")).hasSize(1);
            assertThat(monologue(plain, Language.DE, "Läuft das Backup?")).hasSize(1);
        }

        @Test
        void checkboxesAreListItems() {
            StringBuilder list = new StringBuilder();
            for (int i = 1; i <= 7; i++) {
                list.append("[ ] ").append(words(20, "Check that the shop plugins are up to date and the backup ran "
                        + "last night")).append('\n');
            }
            assertThat(monologue(list.toString(), Language.EN, "")).isEmpty();
            assertThat(monologue(list.toString().replace("[ ] ", ""), Language.EN, "")).hasSize(1);
        }

        @Test
        void severalQuestionsAllowMore() {
            String text = words(150, "Der Umzug dauert zwei Tage und kostet etwa tausend Euro wir machen ihn am Wochenende");
            assertThat(monologue(text, Language.DE, "")).hasSize(1);
            assertThat(monologue(text, Language.DE, "Wie lange dauert der Umzug? Was kostet er? Wann passt es euch?"))
                    .isEmpty();
        }

        @Test
        void aStructuredAnswerReadsFaster() {
            StringBuilder list = new StringBuilder("Stand der Arbeiten:\n");
            for (int i = 1; i <= 7; i++) {
                list.append("- Punkt ").append(i).append(": ")
                        .append(words(17, "Die Seite ist fertig und geprüft der Kunde hat sie schon gesehen"))
                        .append('\n');
            }
            String structured = list.toString();
            assertThat(K.analyze(structured, Language.DE, null).statistics().words()).isBetween(125, 150);
            assertThat(monologue(structured, Language.DE, "")).isEmpty();
            String prose = structured.replace("\n- ", " ").replace(":\n", ": ");
            assertThat(monologue(prose, Language.DE, "")).hasSize(1);
        }
    }

    @Nested
    class ExplainedElsewhere {
        @Test
        void aTermExplainedInAnotherFieldCountsAsExplained() {
            String knowhow = "Eine API (eine Schnittstelle, über die Programme Daten austauschen) gibt es für fast "
                    + "jedes Lagerprogramm.";
            String option = "Wir verbinden den Shop über die API mit Ihrem Lager.";
            Analysis box = K.analyze(knowhow, Language.DE, null);
            assertThat(box.findings(Category.UNEXPLAINED_JARGON)).isEmpty();
            assertThat(box.explainedTerms()).contains("api");
            assertThat(K.analyze(option, Language.DE, null).findings(Category.UNEXPLAINED_JARGON)).hasSize(1);
            Analysis withBox = K.analyze(option, Language.DE,
                    CheckOptions.defaults().withExplainedTerms(box.explainedTerms()));
            assertThat(withBox.findings(Category.UNEXPLAINED_JARGON)).isEmpty();
            assertThat(withBox.explainedTerms()).as("explained elsewhere, not here").isEmpty();
            // forms work as well as ids
            assertThat(K.analyze(option, Language.DE, CheckOptions.defaults().withExplainedTerms(Set.of("API")))
                    .findings(Category.UNEXPLAINED_JARGON)).isEmpty();
        }
    }

    @Nested
    class Dismissals {
        @Test
        void aDismissedTermIsSilencedForThatSubjectOnly() {
            String text = "Wir nutzen Kubernetes und eine API.";
            Analysis a = K.analyze(text, Language.DE, null);
            Finding kubernetes = a.findings(Category.UNEXPLAINED_JARGON).stream()
                    .filter(f -> f.text().equals("Kubernetes")).findFirst().orElseThrow();
            assertThat(kubernetes.subject()).isEqualTo("kubernetes");
            Analysis b = K.analyze(text, Language.DE, CheckOptions.defaults().withDismissed(
                    List.of(Dismissal.of(kubernetes))));
            assertThat(b.findings(Category.UNEXPLAINED_JARGON)).extracting(Finding::text).containsExactly("API");
            assertThat(b.dismissed()).extracting(Finding::text).containsExactly("Kubernetes");
        }

        @Test
        void aToneRuleOrACategoryCanBeDismissedAsAWhole() {
            String text = "Das ist trivial, vertrauen Sie mir.";
            Analysis a = K.analyze(text, Language.DE, null);
            assertThat(a.findings(Category.CONDESCENDING)).hasSize(2);
            Finding trivial = a.findings(Category.CONDESCENDING).get(0);
            assertThat(trivial.subject()).isEqualTo("trivial");
            Analysis one = K.analyze("Völlig trivial. Ehrlich.", Language.DE,
                    CheckOptions.defaults().withDismissed(List.of(Dismissal.of(trivial))));
            assertThat(one.findings(Category.CONDESCENDING)).isEmpty();
            Analysis all = K.analyze(text, Language.DE, CheckOptions.defaults().withDismissed(
                    List.of(new Dismissal("tone.condescending", "*"))));
            assertThat(all.findings(Category.CONDESCENDING)).isEmpty();
            assertThat(all.dismissed()).hasSize(2);
        }

        @Test
        void dismissalsDoNotLeakIntoTheCache() {
            String text = "Nein.";
            K.analyze(text, Language.DE, CheckOptions.defaults().withDismissed(List.of(new Dismissal("answer.bare", ""))));
            assertThat(K.analyze(text, Language.DE, null).findings(Category.BARE_ANSWER)).hasSize(1);
        }
    }
}
