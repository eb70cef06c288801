package dev.augenhoehe.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sign-ins from the session tables, once a minute, on one instance at a time. Spring Session's own
 * clean-up (switched off in application.yaml) runs on every instance, so with two they raced for the same rows.
 */
@Component
class ExpiredSignIns {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSignIns(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${augenhoehe.sessions.clean-up:0 * * * * *}")
    @SchedulerLock(name = "expired-sign-ins", lockAtMostFor = "PT5M")
    void cleanUp() {
        sessions.cleanUpExpiredSessions();
    }
}
