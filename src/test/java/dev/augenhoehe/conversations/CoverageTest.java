package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    static ConversationTopic topic(String key, String title, String openPhrase, Coverage marked, String notes) {
        return new ConversationTopic(1L, 1L, 1L, 0, key, title, "", openPhrase, notes, marked, Instant.now(), 0);
    }

    @Test
    void aTopicWithNotesIsAtLeastTouched() {
        assertThat(topic("budget", "Budget", null, Coverage.OPEN, "10-20k").coverage()).isEqualTo(Coverage.TOUCHED);
        assertThat(topic("budget", "Budget", null, Coverage.SETTLED, "10-20k").coverage()).isEqualTo(Coverage.SETTLED);
    }

    @Test
    void blankNotesDontCountAndAnEmptyTopicIsWhatWasMarked() {
        assertThat(topic("budget", "Budget", null, Coverage.OPEN, "  \n ").coverage()).isEqualTo(Coverage.OPEN);
        assertThat(topic("budget", "Budget", null, Coverage.TOUCHED, null).coverage()).isEqualTo(Coverage.TOUCHED);
        assertThat(topic("budget", "Budget", null, Coverage.SETTLED, null).coverage()).isEqualTo(Coverage.SETTLED);
    }

    @Test
    void summarySaysWhatIsStillOpenInWordsOpenTopicsFirst() {
        CoverageSummary summary = CoverageSummary.of(List.of(
                topic("goal", "Goal", "Goal: not discussed yet", Coverage.SETTLED, "clear"),
                topic("budget", "Budget", "Budget: not discussed yet", Coverage.OPEN, null),
                topic("scope", "Scope", "Scope: not agreed yet", Coverage.OPEN, "some ideas"),
                topic("own", "Our pricing", null, Coverage.OPEN, null)));

        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.settled()).isEqualTo(1);
        assertThat(summary.touched()).isEqualTo(1);
        assertThat(summary.open()).isEqualTo(2);
        assertThat(summary.points()).extracting(CoverageSummary.Point::coverage)
                .containsExactly(Coverage.OPEN, Coverage.OPEN, Coverage.TOUCHED);
        assertThat(summary.points().get(0).sentence()).isEqualTo("Budget: not discussed yet");
        // an own topic has no shipped sentence: the page words it from the title
        assertThat(summary.points().get(1).sentence()).isNull();
        assertThat(summary.points().get(1).phraseKey()).isEqualTo("conversations.coverage.notDiscussed");
        assertThat(summary.points().get(2).phraseKey()).isEqualTo("conversations.coverage.notSettled");
        assertThat(summary.isComplete()).isFalse();
    }

    @Test
    void overSeveralConversationsATopicCountsAsFarAsTheBestOneGot() {
        CoverageSummary summary = CoverageSummary.of(List.of(
                topic("budget", "Budget", "Budget: not discussed yet", Coverage.OPEN, null),
                topic("budget", "Budget", "Budget: not discussed yet", Coverage.SETTLED, null),
                topic("goal", "Goal", "Goal: not discussed yet", Coverage.OPEN, "a bit")));

        assertThat(summary.total()).isEqualTo(2);
        assertThat(summary.settled()).isEqualTo(1);
        assertThat(summary.touched()).isEqualTo(1);
        assertThat(summary.open()).isZero();
    }

    @Test
    void everythingSettledIsComplete() {
        assertThat(CoverageSummary.of(List.of(topic("goal", "Goal", null, Coverage.SETTLED, null))).isComplete())
                .isTrue();
        assertThat(CoverageSummary.of(List.of()).isComplete()).isFalse();
    }

    @Test
    void aGermanConversationReadsInEnglishForAnEnglishReaderButOwnWordsStay() {
        ShippedGuide shipped = new ShippedGuide();
        List<ConversationTopic> german = List.of(
                topic("success", shipped.text("success.title", Language.DE), "Wer abnimmt: unbekannt",
                        Coverage.OPEN, null),
                topic("budget", "Unser Budget-Thema", "Budget: noch nicht besprochen, eigene Worte", Coverage.OPEN,
                        null));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            CoverageSummary summary = CoverageSummary.of(german, shipped.forReader());
            assertThat(summary.points().get(0).title()).isEqualTo("Success and sign-off");
            assertThat(summary.points().get(0).sentence()).isEqualTo("Who signs off: unknown");
            assertThat(summary.points().get(1).title()).isEqualTo("Unser Budget-Thema");
            assertThat(summary.points().get(1).sentence()).isEqualTo("Budget: noch nicht besprochen, eigene Worte");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
