package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.system.SessionConfig.CoarseAccessTime;
import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Requests of one sign-in that arrive together each load the session before any of them has stored a new
 * attribute (the first page's CSRF token, say), and each stores it. All of them must succeed: the last one wins,
 * as with any other attribute two requests change at once. Before, every store after the first failed on the
 * attributes table's key and the request answered 500. {@link SessionAttributesRacePostgresTests} runs the same on
 * PostgreSQL.
 */
@SpringBootTest
class SessionAttributesRaceTests {

    @Autowired
    FindByIndexNameSessionRepository<CoarseAccessTime> sessions;

    @Test
    void twoRequestsThatAddTheSameAttributeBothSucceed() {
        var signIn = sessions.createSession();
        sessions.save(signIn);

        CoarseAccessTime first = sessions.findById(signIn.getId());
        CoarseAccessTime second = sessions.findById(signIn.getId());
        first.setAttribute("token", "from the first request");
        second.setAttribute("token", "from the second request");
        sessions.save(first);
        sessions.save(second);

        assertThat(sessions.findById(signIn.getId()).<String>getAttribute("token")).isEqualTo("from the second request");
        sessions.deleteById(signIn.getId());
    }

    /** The same at the same moment: sixteen requests load the session, then all store the attribute at once. */
    @Test
    void manyRequestsThatAddTheSameAttributeAtOnceAllSucceed() throws Exception {
        var signIn = sessions.createSession();
        sessions.save(signIn);
        int requests = 16;
        var loaded = new CyclicBarrier(requests);
        var pool = Executors.newFixedThreadPool(requests);
        try {
            var stored = new ArrayList<Future<?>>();
            for (int i = 0; i < requests; i++) {
                String value = "from request " + i;
                stored.add(pool.submit(() -> {
                    CoarseAccessTime request = sessions.findById(signIn.getId());
                    request.setAttribute("token", value);
                    loaded.await();
                    sessions.save(request);
                    return null;
                }));
            }
            for (var each : stored) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions.findById(signIn.getId()).<String>getAttribute("token")).startsWith("from request ");
        sessions.deleteById(signIn.getId());
    }
}
