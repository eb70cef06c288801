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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Error pages as a real servlet container serves them: the user's language, no stack trace, no internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
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
