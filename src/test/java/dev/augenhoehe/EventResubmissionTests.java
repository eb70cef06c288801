package dev.augenhoehe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.briefs.BriefPublished;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
 * A reaction the app did not get to finish runs again. The first run is a separate JVM: it commits a
 * {@link BriefPublished}, its listener starts and is still busy when the process is killed (SIGKILL). In the second
 * run, on the same H2 file database, the resubmission job ({@code operations.EventResubmission}, here every second
 * for publications older than a second) finds the publication in the registry and completes the reaction.
 */
class EventResubmissionTests {

    static final List<BriefPublished> REACTED = new CopyOnWriteArrayList<>();
    static final BriefPublished EVENT = new BriefPublished(1, 2, 1, 3);
    static final String PUBLISHED = "EVENT COMMITTED";

    @TestConfiguration(proxyBeanMethods = false)
    static class Reaction {
        @Bean
        Listener briefPublishedListener(Environment env) {
            return new Listener(env.getProperty("test.hang", Boolean.class, false));
        }
    }

    static class Listener {
        private final boolean hang;

        Listener(boolean hang) {
            this.hang = hang;
        }

        @ApplicationModuleListener
        void on(BriefPublished event) throws InterruptedException {
            if (hang) {
                System.out.println("LISTENER STARTED");
                Thread.sleep(Long.MAX_VALUE); // the process is killed while the reaction is under way
            }
            REACTED.add(event);
        }
    }

    /** The first run, in its own JVM: publish, then wait to be killed. */
    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = start(args[0], true);
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(s -> app.publishEvent(EVENT));
        System.out.println(PUBLISHED);
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void aReactionInterruptedByAKillCompletesAfterTheRestart() throws Exception {
        Path db = Path.of("target", "test-data", "resubmit-" + UUID.randomUUID()).toAbsolutePath();
        // the same durability the app is configured with: a commit is on disk before it is confirmed
        String url = "jdbc:h2:file:" + db + "/augenhoehe;WRITE_DELAY=0";
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EventResubmissionTests.class.getName(), url)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            boolean committed = false;
            boolean listening = false;
            while (!(committed && listening)) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                committed |= line.contains(PUBLISHED);
                listening |= line.contains("LISTENER STARTED");
            }
            assertThat(committed && listening).as("the first run committed and its listener started").isTrue();
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no completion
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(REACTED).isEmpty();

        try (ConfigurableApplicationContext second = start(url, false)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                assertThat(REACTED).containsExactly(EVENT);
                assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                        Long.class)).isZero();
            });
        }
    }

    private static ConfigurableApplicationContext start(String url, boolean hang) {
        // command-line arguments, because they outrank the test profile's in-memory database URL
        return new SpringApplicationBuilder(AugenhoeheApplication.class, Reaction.class)
                .profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--test.hang=" + hang,
                        "--augenhoehe.data-dir=target/test-data", "--augenhoehe.events.resubmit-every=PT1S",
                        "--augenhoehe.events.resubmit-after=PT1S");
    }
}
