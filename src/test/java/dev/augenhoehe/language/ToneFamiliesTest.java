package dev.augenhoehe.language;

import static dev.augenhoehe.language.KlartextRulesTest.de;
import static dev.augenhoehe.language.KlartextRulesTest.en;
import static dev.augenhoehe.language.KlartextRulesTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 5: talking down written as families of wordings ({a|b} alternatives in the rule files), so a new tense,
 * pronoun or dialect form of the same put-down is found. The sentences here are made up for the test; none is
 * from a corpus.
 */
class ToneFamiliesTest {

    @Test
    void alternativesExpandToEveryCombination() {
        assertThat(RuleData.alternatives("{I|we} {told|showed} you {already|}")).containsExactlyInAnyOrder(
                "I told you already", "I told you", "I showed you already", "I showed you",
                "we told you already", "we told you", "we showed you already", "we showed you");
        assertThat(RuleData.alternatives("plain phrase")).containsExactly("plain phrase");
    }

    @Test
    void aTypoInTheBracesFailsLoudly() {
        assertThatThrownBy(() -> RuleData.alternatives("I {told|showed you")).hasMessageContaining("unclosed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Das hab ich euch doch im Sommer schon gesagt.", "Hatte ich Ihnen ja schon mal erklärt.",
            "Das haben wir dreimal durchgenommen.", "Das kann sogar meine Nichte.",
            "Für Sie nochmal ganz langsam: Stecker rein.", "Das weiß eigentlich jeder.",
            "Wer hätte das gedacht: ohne Papier druckt er nicht.", "Klassischer Anfängerfehler."})
    void germanFamilies(String text) {
        assertThat(problems(de(text), Category.CONDESCENDING)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've told you twice now.", "I showed you this last week.",
            "We've been here before.", "How many times do I have to say it?", "Even my nan can do that.",
            "Right, I'll type really slowly.", "Who could possibly have seen that coming?",
            "Sure, and could it also make toast?", "Come on, it's 2026."})
    void englishFamilies(String text) {
        assertThat(problems(en(text), Category.CONDESCENDING)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ich habe Ihnen schon ein Angebot geschickt.", "Der Rechner fährt ganz langsam hoch.",
            "Das habe ich zum ersten Mal gemacht.", "Wie oft soll das Backup laufen? Jede Nacht."})
    void germanNear(String text) {
        assertThat(problems(de(text), Category.CONDESCENDING)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How many times a day does it back up?", "Think about it over the weekend.",
            "Please read the attached offer.", "The honey shop's site is live.", "I sent you the offer on Monday.",
            "ok lol, no worries"})
    void englishNear(String text) {
        assertThat(problems(en(text), Category.CONDESCENDING)).as(text).isEmpty();
    }
}
