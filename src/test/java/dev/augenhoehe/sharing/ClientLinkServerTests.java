package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.language.Language;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Against the real server (Tomcat on a loopback port, error pages and all): every {@code /s/**} response carries
 * the link's headers, whatever its status, and opening the page creates no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "augenhoehe.sharing.requests-per-minute=100000"})
class ClientLinkServerTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ShareService shares;

    @Autowired
    Engagements engagements;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String token;
    String formToken;
    long brief;

    @BeforeEach
    void aShare() {
        TestUser ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        long engagement = SharingFixtures.engagement(jdbc, ann.workspaceId(), "Bäckerei Korn", "Online shop");
        long question = SharingFixtures.question(jdbc, ann.workspaceId(), engagement, "Cloud?");
        brief = SharingFixtures.publish(jdbc, publisher, ann.workspaceId(), engagement, question, null,
                SharingFixtures.cloudBrief("Cloud?", 2), ann.userId());
        ShareService.Issued issued = shares.compose(ann.workspaceId(),
                engagements.find(ann.workspaceId(), engagement).orElseThrow(), ann.userId(), "Ann",
                new ShareForm("Online shop", Language.EN, "Recap.", "", List.of(brief + ":1"), null, "", ""));
        token = issued.token();
        formToken = issued.share().formToken();
    }

    @Test
    void everyResponseUnderTheLinkCarriesTheHeaders() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        responses.add(get("/s/" + token));
        responses.add(get("/s/" + token + "?language=de"));
        responses.add(get("/s/" + token + "/pdf"));
        responses.add(get("/s/" + token + "/logo"));
        responses.add(get("/s/" + Tokens.newToken()));
        responses.add(get("/s/" + Tokens.newToken() + "/pdf"));
        responses.add(get("/s/nonsense"));
        responses.add(get("/s/" + token + "/no/such/page"));
        responses.add(get("/s/"));
        responses.add(post("/s/" + token + "/ask", "formToken=" + formToken + "&question=Hello"));
        responses.add(post("/s/" + token + "/ask", "formToken=forged&question=Hello"));
        responses.add(post("/s/" + token + "/choose", "formToken=" + formToken + "&brief=abc"));
        responses.add(post("/s/" + token + "/feedback", "formToken=" + formToken + "&rating=9"));
        responses.add(post("/s/" + token + "/pin", "pin=123456"));
        responses.add(send(HttpRequest.newBuilder(uri("/s/" + token)).method("DELETE",
                HttpRequest.BodyPublishers.noBody()).build()));
        List<Integer> statuses = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            statuses.add(response.statusCode());
            String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode();
            assertThat(response.headers().firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Robots-Tag")).as(where).hasValue("noindex, nofollow");
            assertThat(response.headers().allValues("Cache-Control")).as(where).containsExactly("no-store");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(where).get().asString()
                    .contains("default-src 'none'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().allValues("Set-Cookie")).as(where)
                    .noneMatch(c -> c.startsWith("SESSION") || c.startsWith("JSESSIONID"));
        }
        assertThat(statuses).contains(200, 302, 404);
    }

    @Test
    void badLinksGetTheSamePageWhateverTheReason() throws Exception {
        String unknown = get("/s/" + Tokens.newToken()).body();
        jdbc.update("update client_share set expires_at = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(5)));
        HttpResponse<String> expired = get("/s/" + token);
        jdbc.update("update client_share set expires_at = null, revoked_at = ?", java.sql.Timestamp.from(Instant.now()));
        HttpResponse<String> revoked = get("/s/" + token);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(expired.body()).isEqualTo(unknown);
        assertThat(revoked.body()).isEqualTo(unknown);
        assertThat(get("/s/x").body()).isEqualTo(unknown);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET().build());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
