package dev.augenhoehe.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the reactions to events that did not complete (the instance crashed or stopped in between, or a
 * listener failed). Instead of every instance replaying every open publication at its start, which with two
 * instances replays the other's reactions while they run, one instance at a time picks up what has been open for
 * longer than a reaction takes ({@code augenhoehe.events.resubmit-after}, default 1 minute). A reaction that keeps
 * failing is tried again less and less often (the wait doubles) and left alone after {@value #MAX_ATTEMPTS} tries:
 * it stays in {@code event_publication} for an operator instead of failing every half minute forever.
 */
@Component
class EventResubmission {

    static final int MAX_ATTEMPTS = 10;

    private final IncompleteEventPublications incomplete;
    private final Duration after;
    private final Clock clock;

    EventResubmission(IncompleteEventPublications incomplete,
            @Value("${augenhoehe.events.resubmit-after:PT1M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelayString = "${augenhoehe.events.resubmit-every:PT30S}",
            fixedDelayString = "${augenhoehe.events.resubmit-every:PT30S}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
    void resubmit() {
        Instant now = clock.instant();
        // the predicate form: it sees every incomplete publication, whatever its state (one cut off by a crash is
        // still "processing"), and decides by age and tries itself
        incomplete.resubmitIncompletePublications(publication -> due(publication, now));
    }

    /** Old enough, not given up on, and the doubled wait since its last try has passed. */
    boolean due(EventPublication publication, Instant now) {
        int attempts = publication.getCompletionAttempts();
        if (attempts >= MAX_ATTEMPTS || publication.getPublicationDate().plus(after).isAfter(now)) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate() == null ? publication.getPublicationDate()
                : publication.getLastResubmissionDate();
        Duration wait = after.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 6));
        return !last.plus(wait).isAfter(now);
    }
}
