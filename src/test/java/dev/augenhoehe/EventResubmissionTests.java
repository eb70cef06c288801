package dev.augenhoehe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.briefs.BriefPublished;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction that the app did not get to finish (it died between the publisher's commit and the listener) runs when
 * the app starts again: the publication waits in the event registry and is resubmitted at start. Two application
 * runs on one H2 file database; in the first, the reaction dies half-way, as it would in a crash.
 */
class EventResubmissionTests {

    static final List<BriefPublished> REACTED = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Reaction {
        @Bean
        Listener briefPublishedListener(Environment env) {
            return new Listener(env.getProperty("test.crash", Boolean.class, false));
        }
    }

    static class Listener {
        private final boolean crash;

        Listener(boolean crash) {
            this.crash = crash;
        }

        @ApplicationModuleListener
        void on(BriefPublished event) {
            if (crash) {
                throw new IllegalStateException("the process dies before the reaction completes");
            }
            REACTED.add(event);
        }
    }

    @Test
    void anInterruptedReactionCompletesAfterARestart() {
        Path db = Path.of("target", "test-data", "resubmit-" + UUID.randomUUID());
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + "/augenhoehe";
        BriefPublished event = new BriefPublished(1, 2, 1, 3);

        try (ConfigurableApplicationContext first = start(url, true)) {
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(s -> first.publishEvent(event));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null", Long.class))
                    .isEqualTo(1));
        }
        assertThat(REACTED).isEmpty();

        try (ConfigurableApplicationContext second = start(url, false)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(REACTED).containsExactly(event);
                assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                        Long.class)).isZero();
            });
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean crash) {
        return new SpringApplicationBuilder(AugenhoeheApplication.class, Reaction.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "server.port=0", "test.crash=" + crash,
                        "augenhoehe.data-dir=target/test-data")
                .run();
    }
}
