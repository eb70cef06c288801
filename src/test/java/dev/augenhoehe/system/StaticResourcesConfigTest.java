package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMapManager;

/** A static file is served without opening the session (which lives in the database); a page still gets its flash. */
class StaticResourcesConfigTest {

    private final FlashMapManager flash = new StaticResourcesConfig().flashMapManager();

    @Test
    void staticFilesLeaveTheSessionAlonePagesStillReadTheirFlash() {
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/webjars/htmx.org/2.0.4/dist/htmx.min.js"}) {
            assertThat(sessionOpenings(path)).as(path).isZero();
        }
        assertThat(sessionOpenings("/engagements/7")).isPositive();
        assertThat(sessionOpenings("/")).isPositive();
    }

    private int sessionOpenings(String path) {
        AtomicInteger openings = new AtomicInteger();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        HttpServletRequestWrapper counting = new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                openings.incrementAndGet();
                return super.getSession(create);
            }

            @Override
            public HttpSession getSession() {
                openings.incrementAndGet();
                return super.getSession();
            }
        };
        flash.retrieveAndUpdate(counting, new MockHttpServletResponse());
        return openings.get();
    }
}
