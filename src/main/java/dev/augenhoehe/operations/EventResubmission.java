package dev.augenhoehe.operations;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the reactions to events that did not complete (the instance crashed or stopped in between, or a
 * listener failed). Instead of every instance replaying every open publication at its start, which with two
 * instances replays the other's reactions while they run, one instance at a time picks up what has been open for
 * longer than a reaction takes ({@code augenhoehe.events.resubmit-after}, default 1 minute).
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete,
            @Value("${augenhoehe.events.resubmit-after:PT1M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${augenhoehe.events.resubmit-every:PT30S}",
            fixedDelayString = "${augenhoehe.events.resubmit-every:PT30S}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}
