package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.AugenhoeheApplication;
import dev.augenhoehe.TestRows;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.knowledge.KnowledgeSearch;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.support.EmptyDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15: two instances of the app on one PostgreSQL, as behind a load balancer. A consultant signs in on A and
 * goes on working on B; a share composed on A opens on B and shows an edit made on A at once; B's search finds
 * what A wrote within 2 seconds; the nightly backup runs on one of them only; failed sign-ins count across both.
 */
class TwoNodesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static Path dataDir;
    static TestUser owner;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startBoth() throws IOException {
        String url = EmptyDatabases.postgresUrl();
        dataDir = Path.of("target", "test-data", "two-nodes-" + UUID.randomUUID()).toAbsolutePath();
        a = start(url, dataDir.resolve("a"));
        owner = TestAccounts.setUpInstance(a, "Zwei Knoten GmbH");
        b = start(url, dataDir.resolve("b"));
    }

    @AfterAll
    static void stopBoth() {
        Stream.of(a, b).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
    }

    private static ConfigurableApplicationContext start(String url, Path data) throws IOException {
        Files.createDirectories(data);
        // command-line arguments outrank the test profile's in-memory database
        return new SpringApplicationBuilder(AugenhoeheApplication.class).profiles("test").run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=0", "--server.address=127.0.0.1",
                "--augenhoehe.data-dir=" + data);
    }

    @Test
    void signInOnAContinueOnBAndTheClientLinkShowsWhatAWrote() throws Exception {
        String session = signIn(a, owner.email(), owner.password());
        HttpResponse<String> dashboard = get(b, "/", session);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Owner of Zwei Knoten GmbH");

        long engagement = TestRows.engagement(a.getBean(JdbcTemplate.class), owner.workspaceId(), "Kanzlei Brenner",
                "Neue Telefonanlage");
        // composed on A; the flash with the new link is read on B, from the shared session
        String token = csrf(get(a, "/engagements/" + engagement + "/shares/new", session).body());
        HttpResponse<String> created = post(a, "/engagements/" + engagement + "/shares", session, Map.of("_csrf", token,
                "title", "Telefonanlage", "language", "DE", "recap", "Wir sprachen über die alte Anlage.",
                "message", "Guten Tag, hier ist die Zusammenfassung."));
        assertThat(created.statusCode()).isEqualTo(302);
        String sharePath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]+)").matcher(get(b, sharePath, session).body());
        assertThat(link.find()).as("the new link, shown on B").isTrue();
        String clientPage = "/s/" + link.group(1);
        assertThat(get(b, clientPage, null).body()).contains("Wir sprachen über die alte Anlage.");

        // edited on A, on B at once
        String editToken = csrf(get(a, sharePath + "/edit", session).body());
        assertThat(post(a, sharePath, session, Map.of("_csrf", editToken, "title", "Telefonanlage", "language", "DE",
                "recap", "Wir sprachen über die neue Anlage und die Kosten.", "message", "Guten Tag.", "changes",
                "Kosten ergänzt", "moveLink", "true")).statusCode()).isEqualTo(302);
        assertThat(get(b, clientPage, null).body()).contains("Wir sprachen über die neue Anlage und die Kosten.");

        // a form from A's page is sent to B: the session's CSRF token holds there too
        String clientToken = csrf(get(a, "/clients/new", session).body());
        HttpResponse<String> client = post(b, "/clients", session, Map.of("_csrf", clientToken,
                "name", "Tischlerei Quandt", "kind", "ORGANISATION"));
        assertThat(client.statusCode()).isEqualTo(302);
        assertThat(get(a, "/clients", session).body()).contains("Tischlerei Quandt");
    }

    @Test
    void bsSearchFindsWhatAWroteWithinTwoSeconds() throws Exception {
        String session = signIn(a, owner.email(), owner.password());
        String token = csrf(get(a, "/clients/new", session).body());
        long written = System.nanoTime();
        assertThat(post(a, "/clients", session, Map.of("_csrf", token, "name", "Glaserei Wendelstein",
                "kind", "ORGANISATION")).statusCode()).isEqualTo(302);
        KnowledgeSearch onB = b.getBean(KnowledgeSearch.class);
        Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> !onB.search(owner.workspaceId(), "Wendelstein", Language.DE, 5).isEmpty());
        System.out.printf("search on B caught up after %d ms%n", (System.nanoTime() - written) / 1_000_000);
    }

    @Test
    void theNightlyBackupRunsOnOneNodeOnly() throws Exception {
        CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> a.getBean(LocalBackups.class).scheduled());
        CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> b.getBean(LocalBackups.class).scheduled());
        CompletableFuture.allOf(onA, onB).get();
        java.util.List<String> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".zip") || n.equals("last-failure.txt")).toList();
        }
        assertThat(files).as("one backup of the one workspace, made by one of the nodes, and no failure").hasSize(1)
                .allMatch(n -> n.endsWith(".zip"));
    }

    @Test
    void expiredSignInsAreClearedByOneNode() throws Exception {
        String session = signIn(a, owner.email(), owner.password());
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        // the cookie holds the session id in Base64
        String id = new String(java.util.Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
        assertThat(jdbc.update("update spring_session set expiry_time = 0 where session_id = ?", id)).isEqualTo(1);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.getBean(ExpiredSignIns.class).cleanUp()),
                CompletableFuture.runAsync(() -> b.getBean(ExpiredSignIns.class).cleanUp())).get();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, id))
                .isZero();
        assertThat(get(b, "/", session).statusCode()).as("signed out everywhere").isEqualTo(302);
        assertThat(jdbc.queryForList("select name from shedlock", String.class)).contains("expired-sign-ins");
    }

    @Test
    void failedSignInsOnACountOnB() throws Exception {
        TestUser member = TestAccounts.addConsultant(a, owner.workspaceId(), "Tara Throttle");
        for (int i = 0; i < 10; i++) {
            assertThat(tryPassword(i % 2 == 0 ? a : b, member.email(), "wrong-" + i).statusCode()).isEqualTo(302);
        }
        assertThat(tryPassword(b, member.email(), member.password()).statusCode())
                .as("the 11th try within 15 minutes, on the other node, with the right password").isEqualTo(429);
        assertThat(tryPassword(a, member.email(), member.password()).statusCode()).isEqualTo(429);
    }

    private String signIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
        HttpResponse<String> response = tryPassword(node, email, password);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session(response);
    }

    private HttpResponse<String> tryPassword(ConfigurableApplicationContext node, String email, String password)
            throws Exception {
        HttpResponse<String> form = get(node, "/login", null);
        // the session id changes at sign-in: signIn() reads the new one from this response
        return post(node, "/login", session(form),
                Map.of("_csrf", csrf(form.body()), "username", email, "password", password));
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session,
            Map<String, String> form) throws Exception {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
    }
}
