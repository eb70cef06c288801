package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule at a time, both languages, positive and negative examples, spans checked against the input. */
class KlartextRulesTest {

    static final Klartext K = Klartext.standard();

    static Analysis de(String text) {
        return K.analyze(text, Language.DE, CheckOptions.defaults());
    }

    static Analysis en(String text) {
        return K.analyze(text, Language.EN, CheckOptions.defaults());
    }

    static List<Finding> problems(Analysis a, Category c) {
        return a.findings(c).stream().filter(Finding::isProblem).toList();
    }

    static void assertSpan(String text, Finding f, String expected) {
        assertThat(text.substring(f.start(), f.end())).isEqualTo(expected);
        assertThat(f.text()).isEqualTo(expected);
    }

    @Nested
    class BareAnswer {
        @ParameterizedTest
        @ValueSource(strings = {"Geht nicht.", "Ja, geht.", "Nein.", "Das ist nicht möglich.", "Nein, das geht leider nicht.",
                "Geht leider nicht. Viele Grüße", "Das bekommen wir nicht hin.", "Klar."})
        void germanBare(String text) {
            List<Finding> f = problems(de(text), Category.BARE_ANSWER);
            assertThat(f).hasSize(1);
            assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        }

        @ParameterizedTest
        @ValueSource(strings = {"No, that won't work.", "Yes, that's possible.", "No.", "Nope. Have a nice weekend!",
                "We can't do that.", "Works for me.", "No, we can't do that one. Sent from my iPhone", "nah cant do that sry",
                "After reviewing your request, we regret to inform you that this is not possible."})
        void englishBare(String text) {
            assertThat(problems(en(text), Category.BARE_ANSWER)).hasSize(1);
        }

        /** Regional and curt wordings, and a verdict followed by nothing but closing formulas. */
        @ParameterizedTest
        @ValueSource(strings = {"Noi, des goht net.", "Nu, das wird nüscht. Tut mir leid.", "nope",
                "Davon würde ich abraten.", "Das ist so nicht zulässig.",
                "Nein, das geht leider nicht. Kann ich sonst noch etwas für Sie tun? Schönen Tag noch!",
                "Passt. Pfiat di!", "Nein, das geht nicht. Von meinem iPhone gesendet",
                "Nach hiesiger Einschätzung ist dies in der angefragten Form nicht zulässig.", "Bassd scho.",
                "Davon ist abzuraten.", "Des gehd ned, sorry."})
        void germanBareInOtherWords(String text) {
            assertThat(problems(de(text), Category.BARE_ANSWER)).as(text).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I'd advise against it.", "We must respectfully decline.",
                "No, that's not possible. Is there anything else we can help you with?"})
        void englishBareInOtherWords(String text) {
            assertThat(problems(en(text), Category.BARE_ANSWER)).as(text).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Nein, weil der Server voll ist.", "Ja, das geht, weil wir die Daten schon haben.",
                "Nein, aber wir können es auf Freitag verschieben.", "Ja, ich schicke Ihnen bis Freitag ein Angebot.",
                "Nein. Der Server ist voll und ein neuer kostet 300 Euro im Monat.",
                "Die Lösung ist einfach zu bedienen.", "Die Rechtslage ist klar und stabil."})
        void germanNotBare(String text) {
            assertThat(problems(de(text), Category.BARE_ANSWER)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"No, but we could move it to Friday.", "Yes, because the data is already there.",
                "No, the server is full and a bigger one costs more.", "Sure, I'll send the quote by Friday.",
                "Part of the planned work.", "3 to 9 months, alongside normal work."})
        void englishNotBare(String text) {
            assertThat(problems(en(text), Category.BARE_ANSWER)).isEmpty();
        }

        @Test
        void spanIsTheVerdictSentence() {
            String text = "Nein. Viele Grüße";
            Finding f = problems(de(text), Category.BARE_ANSWER).get(0);
            assertSpan(text, f, "Nein.");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(1);
        }

        /** Issue 12: a greeting on the answer's line was read as part of it, or the whole line as a greeting. */
        @Test
        void aGreetingOnTheAnswersLineIsASentenceOfItsOwn() {
            String text = "Hallo Frau Dr. Weber, nein, das geht nicht.";
            assertSpan(text, problems(de(text), Category.BARE_ANSWER).get(0), "nein, das geht nicht.");
            String english = "Hi Tom, no, that won't work.";
            assertSpan(english, problems(en(english), Category.BARE_ANSWER).get(0), "no, that won't work.");
            assertThat(problems(de("Hallo Frau Weber, nein, das geht nicht, weil der Server voll ist."),
                    Category.BARE_ANSWER)).isEmpty();
        }
    }

    @Nested
    class Condescending {
        @Test
        void germanIsInflectionAware() {
            String text = "Das ist ein triviales Problem. Wie gesagt, das ist offensichtliche Sache.";
            List<Finding> f = problems(de(text), Category.CONDESCENDING);
            assertThat(f).extracting(Finding::rule).containsExactly("tone.trivial", "tone.as-said", "tone.obviously");
            assertSpan(text, f.get(0), "triviales");
            assertSpan(text, f.get(1), "Wie gesagt");
            assertSpan(text, f.get(2), "offensichtliche");
        }

        @Test
        void english() {
            String text = "Trust me, that's too technical for you. Obviously any intern could do it.";
            List<Finding> f = problems(en(text), Category.CONDESCENDING);
            assertThat(f).extracting(Finding::rule)
                    .containsExactly("tone.trust-me", "tone.too-technical", "tone.obviously", "tone.intern");
            assertSpan(text, f.get(1), "too technical for you");
        }

        @Test
        void negatedOrHarmlessIsFine() {
            // the phrase rules see the negation; the reply model (tone.model) may still weigh "einfach" on its own,
            // so this checks the rules, and the sentences one by one end to end
            assertThat(problems(de("Die Lösung ist einfach zu bedienen. Das ist nicht trivial."), Category.CONDESCENDING))
                    .allSatisfy(f -> assertThat(f.rule()).isEqualTo("tone.model"));
            assertThat(problems(de("Die Lösung ist einfach zu bedienen."), Category.CONDESCENDING)).isEmpty();
            assertThat(problems(de("Das ist nicht trivial."), Category.CONDESCENDING)).isEmpty();
            assertThat(problems(de("Es gibt keine dummen Fragen."), Category.CONDESCENDING)).isEmpty();
            assertThat(problems(en("This is not trivial. There are no silly questions."), Category.CONDESCENDING)).isEmpty();
        }

        @Test
        void messagesFollowTheUiLanguage() {
            Finding f = K.analyze("Obviously.", Language.EN, CheckOptions.defaults().withUi(Language.DE))
                    .findings(Category.CONDESCENDING).get(0);
            assertThat(f.message()).contains("„Obviously“").contains("Kunde");
            assertThat(f.suggestion()).isNotBlank();
        }
    }

    @Nested
    class Jargon {
        private Glossary glossary() {
            return Glossary.of(List.of(
                    new GlossaryTerm("api", "API", "API", List.of("APIs", "Schnittstelle"), false,
                            "A way for two programs to talk to each other.", "Ein Weg, über den zwei Programme Daten austauschen."),
                    new GlossaryTerm("deployment", "deployment", "Deployment", List.of("Deployments"), false,
                            "Putting a new version live.", "Eine neue Version wird live gestellt."),
                    new GlossaryTerm("pipeline", "pipeline", "Pipeline", List.of(), false, "A chain of steps.", "Eine Kette von Schritten."),
                    new GlossaryTerm("database-migration", "database migration", "Datenbankmigration",
                            List.of("database migrations", "Datenbankmigrationen"), false, "Moving data.", "Daten umziehen."),
                    new GlossaryTerm("cloud", "cloud", "Cloud", List.of(), true, "Servers on the internet.", "Server im Internet."),
                    new GlossaryTerm("migration", "migration", "Migration", List.of("Migrationen"), false, "A move.", "Ein Umzug.")));
        }

        private List<Finding> jargon(String text, Language lang, CheckOptions options) {
            return problems(Klartext.withGlossary(glossary()).analyze(text, lang, options), Category.UNEXPLAINED_JARGON);
        }

        @Test
        void aTermTheClientUsedInHisQuestionIsHisWord() {
            String text = "Die API antwortet nachts nicht, weil der Server dann gesichert wird. Das Deployment ändert das.";
            CheckOptions asked = CheckOptions.defaults().withQuestion("Warum geht die API nachts nicht?");
            assertThat(jargon(text, Language.DE, CheckOptions.defaults())).extracting(Finding::text)
                    .containsExactly("API", "Deployment");
            // only the term he wrote: the deployment he didn't mention still needs its explanation
            assertThat(jargon(text, Language.DE, asked)).extracting(Finding::text).containsExactly("Deployment");
            assertThat(jargon("The APIs are slow at night.", Language.EN,
                    CheckOptions.defaults().withQuestion("Why is the API slow?"))).isEmpty();
        }

        @Test
        void wordsShoutedInCapitalsAreNoAbbreviations() {
            Klartext k = Klartext.standard();
            String shouted = "SOMEONE UNPLUGGED IT AGAIN. IT'S BACK UP NOW. THE HOST HAD A POWER FAILURE ON SATURDAY NIGHT.";
            assertThat(problems(k.analyze(shouted, Language.EN, CheckOptions.defaults()),
                    Category.UNEXPLAINED_JARGON)).isEmpty();
            // an abbreviation in an ordinary sentence still is one
            assertThat(problems(k.analyze("We moved the site to a new CMS last week.", Language.EN,
                    CheckOptions.defaults()), Category.UNEXPLAINED_JARGON)).extracting(Finding::text)
                    .contains("CMS");
        }

        @Test
        void flagsUnexplainedTermsOnceWithSpan() {
            String text = "Die API ist langsam. Die API ist alt.";
            List<Finding> f = jargon(text, Language.DE, CheckOptions.defaults());
            assertThat(f).hasSize(1);
            assertSpan(text, f.get(0), "API");
            assertThat(f.get(0).suggestion()).contains("two programs");
        }

        @Test
        void compoundsAndHyphenations() {
            String text = "Die Deployment-Pipeline und die Cloud-Migration und die Datenbankmigrationen.";
            List<Finding> f = jargon(text, Language.DE, CheckOptions.defaults());
            assertThat(f).extracting(Finding::text)
                    .containsExactly("Deployment-Pipeline", "Cloud-Migration", "Datenbankmigrationen");
        }

        @Test
        void abbreviationsAreCaseSensitive() {
            assertThat(jargon("Die Api-Doku ist da. Wir haben apis.", Language.DE, CheckOptions.defaults())).isEmpty();
            assertThat(jargon("We use two APIs.", Language.EN, CheckOptions.defaults())).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Wir nutzen die API (eine Schnittstelle zwischen Programmen).",
                "Wir nutzen die API, also eine Schnittstelle zwischen Programmen.",
                "Wir nutzen die API, d. h. eine Schnittstelle.",
                "Wir nutzen eine API. Das bedeutet: zwei Programme tauschen Daten aus.",
                "Eine API ist eine Schnittstelle zwischen Programmen.",
                "Wir nutzen eine Schnittstelle zwischen zwei Programmen (API)."})
        void germanExplanations(String text) {
            assertThat(jargon(text, Language.DE, CheckOptions.defaults())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"We use the API (a way for programs to talk).", "We use the API, i.e. a connection.",
                "We use an API, which means two programs exchange data.", "An API is a connection between programs.",
                "We use an API. In other words, two programs exchange data."})
        void englishExplanations(String text) {
            assertThat(jargon(text, Language.EN, CheckOptions.defaults())).isEmpty();
        }

        @Test
        void acceptedAndKnownTermsAreSilent() {
            CheckOptions accept = CheckOptions.defaults().withAcceptedTerms(Set.of("API", "deployment"));
            assertThat(jargon("Die API und das Deployment.", Language.DE, accept)).isEmpty();
            assertThat(jargon("Alles liegt in der Cloud.", Language.DE, CheckOptions.defaults())).isEmpty();
        }

        @Test
        void workspaceTermsAreMergedPerCall() {
            GlossaryTerm sap = new GlossaryTerm("sap-basis", "SAP Basis", "SAP-Basis", List.of("Basisbetrieb"), false,
                    "The technical core of SAP.", "Der technische Kern von SAP.");
            GlossaryTerm knownApi = new GlossaryTerm("api", "API", "API", List.of(), true, "", "");
            CheckOptions ws = CheckOptions.defaults().withWorkspaceTerms(List.of(sap, knownApi));
            List<Finding> f = jargon("Die API und der Basisbetrieb.", Language.DE, ws);
            assertThat(f).extracting(Finding::text).containsExactly("Basisbetrieb");
        }

        @Test
        void termsInListsDistinctTerms() {
            List<GlossaryTerm> terms = glossary().termsIn("Die API, die APIs und die Cloud.", Language.DE);
            assertThat(terms).extracting(GlossaryTerm::id).containsExactly("api", "cloud");
        }
    }

    @Nested
    class Length {
        private String words(int n, String word) {
            return (word + " ").repeat(n).strip() + ".";
        }

        @Test
        void longSentenceWarningAndError() {
            String text = words(26, "Wort");
            Finding w = problems(de(text), Category.LONG_SENTENCE).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertSpan(text, w, text);
            assertThat(problems(de(words(41, "Wort")), Category.LONG_SENTENCE).get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(problems(en(words(25, "word")), Category.LONG_SENTENCE)).isEmpty();
        }

        @Test
        void monologueByScope() {
            // sentences of 26 words: a text in short sentences earns a longer limit (MonologueRule.wordsPerSentence)
            String reply = (words(26, "word") + " ").repeat(5); // 130 words
            assertThat(problems(en(reply), Category.MONOLOGUE)).singleElement()
                    .extracting(Finding::severity).isEqualTo(Severity.WARNING);
            String option = (words(30, "Wort") + " ").repeat(3); // 90 words
            CheckOptions opt = CheckOptions.defaults().withScope(CheckOptions.Scope.OPTION);
            assertThat(K.analyze(option, Language.DE, opt).findings(Category.MONOLOGUE)).hasSize(1);
            assertThat(de(option).findings(Category.MONOLOGUE)).isEmpty();
            String huge = (words(26, "Wort") + " ").repeat(10);
            assertThat(problems(de(huge), Category.MONOLOGUE).get(0).severity()).isEqualTo(Severity.ERROR);
        }
    }

    @Nested
    class Readability {
        @Test
        void hardGermanText() {
            String text = "Die Implementierungsverantwortlichkeit hinsichtlich datenschutzrechtlicher Anforderungen "
                    + "obliegt grundsätzlich der auftragsverarbeitenden Organisationseinheit. Die Dokumentationsverpflichtungen "
                    + "umfassen Verarbeitungsverzeichnisse, Datenschutzfolgenabschätzungen sowie "
                    + "Auftragsverarbeitungsvereinbarungen entsprechend regulatorischer Vorgaben. Diesbezügliche "
                    + "Verantwortlichkeitszuweisungen erfordern eine revisionssichere Nachvollziehbarkeit sämtlicher "
                    + "Verarbeitungstätigkeiten innerhalb der Unternehmensorganisation.";
            Analysis a = de(text);
            assertThat(problems(a, Category.HARD_TO_READ)).hasSize(1);
            assertThat(a.scores().readingEase()).isLessThan(30);
            assertThat(a.scores().wienerSachtextformel()).isGreaterThan(10);
            assertThat(a.scores().fleschKincaidGrade()).isNaN();
        }

        @Test
        void easyEnglishText() {
            String text = "We fix the bug today. You get the new app on Friday. It will be fast. We test it first. "
                    + "Then you can use it. Call me if you like.";
            Analysis a = en(text);
            assertThat(a.findings(Category.HARD_TO_READ)).isEmpty();
            assertThat(a.scores().readingEase()).isGreaterThan(70);
            assertThat(a.scores().personalism()).isBetween(0.0, 1.0);
            assertThat(a.scores().readingTimeSeconds()).isEqualTo(9);
            assertThat(a.statistics().sentences()).isEqualTo(6);
        }
    }

    @Nested
    class Text {
        @Test
        void sentencesKnowAbbreviationsNumbersAndUrls() {
            String text = "Das kostet z. B. 3.5 Stunden, d. h. etwa 300 Euro. Siehe https://example.com/a.b?x=1. Dr. Weber prüft das am 3. März.";
            assertThat(de(text).statistics().sentences()).isEqualTo(3);
            assertThat(en("This is e.g. a test, i.e. nothing. Version 2.1 works.").statistics().sentences()).isEqualTo(2);
        }

        @Test
        void linesAndColumns() {
            String text = "Gut.\nDas ist\n  offensichtlich falsch.";
            Finding f = problems(de(text), Category.CONDESCENDING).get(0);
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo(3);
        }

        @Test
        void detectsLanguage() {
            assertThat(Language.detect("Das geht leider nicht, weil der Server voll ist.")).isEqualTo(Language.DE);
            assertThat(Language.detect("That does not work because the server is full.")).isEqualTo(Language.EN);
            assertThat(K.analyze("No, that won't work.").language()).isEqualTo(Language.EN);
        }

        @Test
        void syllables() {
            assertThat(K.syllables("Häuser", Language.DE)).isEqualTo(2);
            assertThat(K.syllables("Migration", Language.DE)).isEqualTo(3);
            assertThat(K.syllables("über", Language.DE)).isEqualTo(2);
            assertThat(K.syllables("Museum", Language.DE)).isEqualTo(3);
            assertThat(K.syllables("table", Language.EN)).isEqualTo(2);
            assertThat(K.syllables("make", Language.EN)).isEqualTo(1);
            assertThat(K.syllables("wanted", Language.EN)).isEqualTo(2);
        }

        @Test
        void reanalysingReusesCachedSentences() {
            String a = "Der erste Satz bleibt gleich. Der zweite Satz ändert sich.";
            String b = "Der erste Satz bleibt gleich. Der zweite Satz ist jetzt anders.";
            assertThat(de(a).statistics().words()).isEqualTo(10);
            assertThat(de(b).statistics().words()).isEqualTo(11);
            assertThat(de(a)).isEqualTo(de(a));
        }
    }
}
