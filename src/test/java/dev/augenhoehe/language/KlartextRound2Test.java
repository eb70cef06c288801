package dev.augenhoehe.language;

import static dev.augenhoehe.language.KlartextRulesTest.de;
import static dev.augenhoehe.language.KlartextRulesTest.en;
import static dev.augenhoehe.language.KlartextRulesTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Round 2 of tone and jargon: the new families, the eye-roll emoji and abbreviations the glossary lacks. */
class KlartextRound2Test {

    @ParameterizedTest
    @ValueSource(strings = {"Das habe ich Ihnen zum dritten Mal erklärt.", "Ich erkläre es gern ein viertes Mal.",
            "Wenn Sie zugehört hätten, wüssten Sie das.", "Haben Sie das so verstanden?",
            "Das ist eigentlich ganz einfach.", "Das weißt du ja eigentlich schon.",
            "Das hatte ich bereits erklärt.", "Kriegst du das hin?", "Nein 🙄 das geht so nicht.",
            "Vielleicht kleben wir Ihnen ein Zettelchen an den Bildschirm."})
    void germanTone(String text) {
        assertThat(problems(de(text), Category.CONDESCENDING)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"This is the third time this month.", "Per my last email, the report is attached.",
            "I'd have thought that was common knowledge.", "Please read the FAQ before opening a ticket.",
            "Genius idea, honestly.", "Do you understand?", "you're not on the VPN again 🤦",
            "As I've already explained, it's in the contract."})
    void englishTone(String text) {
        assertThat(problems(en(text), Category.CONDESCENDING)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Das habe ich zum ersten Mal gemacht.", "Schönes Wochenende 😉",
            "Die Anleitung können Sie in Ruhe lesen.", "Das ist nicht ganz einfach, aber machbar."})
    void germanNotTone(String text) {
        assertThat(problems(de(text), Category.CONDESCENDING)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"You're welcome!", "As mentioned in the offer, hosting is included.",
            "It was the first time we saw this error.", "Thanks 😂 that made my day."})
    void englishNotTone(String text) {
        assertThat(problems(en(text), Category.CONDESCENDING)).as(text).isEmpty();
    }

    @Test
    void eyeRollSpansTheEmoji() {
        String text = "Nein. Das war klar 🙄";
        List<Finding> f = problems(de(text), Category.CONDESCENDING);
        assertThat(f).extracting(Finding::rule).contains("tone.eye-roll");
        Finding roll = f.stream().filter(x -> x.rule().equals("tone.eye-roll")).findFirst().orElseThrow();
        assertThat(text.substring(roll.start(), roll.end())).isEqualTo("🙄");
        assertThat(roll.message()).contains("🙄");
    }

    @Test
    void unknownAbbreviationIsJargonInEnglish() {
        List<Finding> f = problems(en("The vault uses PBKDF2 with many rounds, and the team is happy."),
                Category.UNEXPLAINED_JARGON);
        assertThat(f).extracting(Finding::rule).contains("jargon.acronym");
        assertThat(f.get(0).message()).contains("PBKDF2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Please send the PDF by Friday.", "Your OLD phone still has the app.",
            "We sent the invoice to the CEO.", "The NVR (the box that records the cameras) keeps a week.",
            "PLEASE READ THIS NOTICE CAREFULLY BEFORE YOU START.", "Our meeting covers TOP 3 and AOB."})
    void knownShoutedOrExplainedAbbreviationsAreNot(String text) {
        assertThat(problems(en(text), Category.UNEXPLAINED_JARGON)).extracting(Finding::rule).as(text)
                .doesNotContain("jargon.acronym");
    }

    @Test
    void abbreviationsAreNotJargonInGermanYet() {
        assertThat(problems(de("Der QWZ läuft wieder."), Category.UNEXPLAINED_JARGON)).isEmpty();
    }

    @Test
    void acronymShapes() {
        assertThat(SentenceAnalyzer.acronymPart("KPIs")).isEqualTo("KPI");
        assertThat(SentenceAnalyzer.acronymPart("GA4")).isEqualTo("GA4");
        assertThat(SentenceAnalyzer.acronymPart("IOC-Analyse")).isEqualTo("IOC");
        assertThat(SentenceAnalyzer.acronymPart("XII")).isNull();
        assertThat(SentenceAnalyzer.acronymPart("Hallo")).isNull();
        assertThat(SentenceAnalyzer.acronymPart("UX")).isNull();
        assertThat(SentenceAnalyzer.acronymPart("4GB")).isNull();
    }
}
