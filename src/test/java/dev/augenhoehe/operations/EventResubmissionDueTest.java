package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

class EventResubmissionDueTest {

    final EventResubmission job = new EventResubmission(mock(IncompleteEventPublications.class), Duration.ofMinutes(1));
    final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    private EventPublication publication(Duration age, int attempts, Duration sinceLastTry) {
        EventPublication p = mock(EventPublication.class);
        when(p.getPublicationDate()).thenReturn(now.minus(age));
        when(p.getCompletionAttempts()).thenReturn(attempts);
        when(p.getLastResubmissionDate()).thenReturn(sinceLastTry == null ? null : now.minus(sinceLastTry));
        return p;
    }

    @Test
    void anInterruptedReactionRunsAgainOnceItIsOlderThanAReactionTakes() {
        assertThat(job.due(publication(Duration.ofSeconds(30), 1, null), now)).isFalse();
        assertThat(job.due(publication(Duration.ofSeconds(61), 1, null), now)).isTrue();
    }

    @Test
    void aFailingReactionWaitsLongerEachTimeAndIsLeftAloneAfterTenTries() {
        assertThat(job.due(publication(Duration.ofHours(1), 2, Duration.ofSeconds(90)), now)).isFalse();
        assertThat(job.due(publication(Duration.ofHours(1), 2, Duration.ofMinutes(2)), now)).isTrue();
        assertThat(job.due(publication(Duration.ofHours(2), 5, Duration.ofMinutes(15)), now)).isFalse();
        assertThat(job.due(publication(Duration.ofHours(2), 5, Duration.ofMinutes(16)), now)).isTrue();
        assertThat(job.due(publication(Duration.ofDays(1), 9, Duration.ofMinutes(64)), now)).isTrue();
        assertThat(job.due(publication(Duration.ofDays(1), 10, Duration.ofDays(1)), now)).isFalse();
    }
}
