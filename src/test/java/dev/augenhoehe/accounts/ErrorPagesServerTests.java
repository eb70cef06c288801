package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts.TestUser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Error pages as a real servlet container serves them: the user's language, no stack trace, no internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesServerTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void unknownPagesAndMethodsAnswerCalmlyInTheUsersLanguage() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Errors GmbH");
        signIn(owner);

        HttpResponse<String> missing = send(HttpRequest.newBuilder(url("/no/such/page")).header("Accept-Language", "de"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(url("/profile")).method("DELETE",
                HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).isBetween(400, 499);
        assertThat(wrongMethod.body()).doesNotContain("Exception").doesNotContain("Whitelabel");

        HttpResponse<String> noToken = send(HttpRequest.newBuilder(url("/profile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x&language=EN")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Not allowed");
    }

    /** Issue 14: each of these answered with a 500, Tomcat's English page, a reset or a 151-line stack trace. */
    @Test
    void badRequestsGetOurPageInTheUsersLanguageAndOneLogLine(CapturedOutput output) throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Bad Requests GmbH");
        signIn(owner);
        setLanguage("DE");

        HttpResponse<String> direct = send(HttpRequest.newBuilder(url("/error")));
        assertThat(direct.statusCode()).isEqualTo(404);
        assertThat(direct.body()).contains("Seite nicht gefunden");

        String token = csrfToken("/profile");
        String huge = "name=" + "x".repeat(3 * 1024 * 1024) + "&language=DE&_csrf=" + enc(token);
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(url("/profile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Zu viel auf einmal").contains("2 MB").doesNotContain("HTTP Status");
        HttpResponse<String> tooLargeHtmx = send(HttpRequest.newBuilder(url("/profile")).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(tooLargeHtmx.statusCode()).isEqualTo(413);

        int linesBefore = output.getAll().split("\n").length;
        HttpResponse<String> brokenForm = send(HttpRequest.newBuilder(url("/profile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=%C3%28%FF&language=DE&_csrf=" + enc(token))));
        assertThat(brokenForm.statusCode()).isEqualTo(400);
        assertThat(brokenForm.body()).contains("nicht lesbar").doesNotContain("Exception");
        HttpResponse<String> brokenQuery = send(HttpRequest.newBuilder(url("/clients?q=%C3%28")));
        assertThat(brokenQuery.statusCode()).isEqualTo(400);
        String logged = output.getAll().split("\n", -1).length > linesBefore
                ? String.join("\n", java.util.Arrays.copyOfRange(output.getAll().split("\n"), linesBefore,
                        output.getAll().split("\n").length))
                : "";
        assertThat(logged.lines().filter(line -> line.contains("Refused")).count()).isEqualTo(2);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    /**
     * Issue 13: every CSS and script file of a signed-in person read the session from the database and wrote its
     * last access time back. Now a page links each file by a hash of its content, the browser may keep it for a
     * year, and serving it leaves the session alone. A page writes the access time only once it is a minute old
     * (system.SessionConfig): a page view is no longer a database write.
     */
    @Test
    void staticFilesLeaveTheSessionAloneAndPagesWriteItsAccessTimeAtMostOnceAMinute() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Static GmbH");
        signIn(owner);
        String page = send(HttpRequest.newBuilder(url("/"))).body();
        Matcher script = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page links app.js by its content hash").isTrue();
        Matcher styles = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(styles.find()).isTrue();

        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Thread.sleep(300); // the page's own session write may finish after its response arrived
        Long accessedBefore = jdbc.queryForObject("select max(last_access_time) from spring_session", Long.class);
        Thread.sleep(5);
        for (String file : new String[] {script.group(1), styles.group(1), "/js/app.js"}) {
            HttpResponse<String> served = send(HttpRequest.newBuilder(url(file)));
            assertThat(served.statusCode()).as(file).isEqualTo(200);
            assertThat(served.headers().firstValue("Cache-Control")).as(file)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000").contains("immutable"));
            assertThat(served.headers().allValues("Set-Cookie")).as(file).isEmpty();
        }
        assertThat(jdbc.queryForObject("select max(last_access_time) from spring_session", Long.class))
                .as("no static file touched the session").isEqualTo(accessedBefore);
        assertThat(send(HttpRequest.newBuilder(url("/"))).statusCode()).isEqualTo(200);
        Thread.sleep(300);
        assertThat(jdbc.queryForObject("select max(last_access_time) from spring_session", Long.class))
                .as("nor did a page a moment after the sign-in wrote it").isEqualTo(accessedBefore);

        jdbc.update("update spring_session set last_access_time = last_access_time - 120000, "
                + "expiry_time = expiry_time - 120000");
        long twoMinutesAgo = accessedBefore - 120_000;
        assertThat(send(HttpRequest.newBuilder(url("/"))).statusCode()).isEqualTo(200);
        Thread.sleep(300);
        assertThat(jdbc.queryForObject("select max(last_access_time) from spring_session", Long.class))
                .as("a page writes the access time once it is a minute old or more").isGreaterThan(twoMinutesAgo + 60_000);
        assertThat(jdbc.queryForObject("select max(expiry_time) - max(last_access_time) from spring_session", Long.class))
                .as("and the sign-in's eight hours run from there").isEqualTo(8 * 3600 * 1000L);
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(url("/login")));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpClient fresh = HttpClient.newHttpClient();
        HttpResponse<String> proxied = fresh.send(HttpRequest.newBuilder(url("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
        assertThat(proxied.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }

    @Test
    void aPausedSignInSaysInTheUsersLanguageHowLongToWait() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Paused GmbH");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
                    HttpRequest.newBuilder(url("/login?lang=de")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(token.find()).isTrue();
            last = browser.send(HttpRequest.newBuilder(url("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "198.18.0." + i)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(owner.email()) + "&password=wrong+guess+"
                            + i + "&_csrf=" + enc(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Bitte warten Sie kurz").contains("für 2 Minuten gesperrt");
    }

    @Test
    void tooManyWrongCodesAfterThePasswordGiveTheSamePausePage() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Paused Codes GmbH");
        // the code page speaks the person's own language, whatever the sign-in page was in
        context.getBean(AccountService.class).updateProfile(owner.userId(), "Petra Pause", dev.augenhoehe.language.Language.DE);
        byte[] secret = TotpCodes.newSecret();
        TotpCodes codes = new TotpCodes(java.time.Clock.systemUTC());
        context.getBean(TwoStepService.class).enable(owner.userId(), secret,
                codes.codeAt(secret, codes.currentStep() - 1)).orElseThrow();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
                HttpRequest.newBuilder(url("/login?lang=en")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> password = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(owner.email()) + "&password="
                        + enc(owner.password()) + "&_csrf=" + enc(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(password.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/code"));
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            Matcher codeToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
                    HttpRequest.newBuilder(url("/login/code")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(codeToken.find()).isTrue();
            last = browser.send(HttpRequest.newBuilder(url("/login/code"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + (i % 2 == 0 ? "abcdef" : "12") + "&_csrf="
                            + enc(codeToken.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("zu viele falsche Codes").contains("Notfallcode").doesNotContain("Exception");
    }

    private void setLanguage(String language) throws Exception {
        String form = "name=" + enc("Jürgen Ölmann") + "&language=" + language + "&_csrf=" + enc(csrfToken("/profile"));
        HttpResponse<String> saved = send(HttpRequest.newBuilder(url("/profile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(saved.statusCode()).isEqualTo(302);
        // reading every form first must not change how it is decoded: UTF-8, umlauts intact
        assertThat(send(HttpRequest.newBuilder(url("/profile"))).body()).contains("Jürgen Ölmann");
    }

    private String csrfToken(String page) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(send(HttpRequest.newBuilder(url(page))).body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private void signIn(TestUser user) throws Exception {
        String page = send(HttpRequest.newBuilder(url("/login"))).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(user.email()) + "&password=" + enc(user.password()) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    /** Sends like a browser does, asking for HTML. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
