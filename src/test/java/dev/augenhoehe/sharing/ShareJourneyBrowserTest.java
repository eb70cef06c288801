package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.briefs.BriefContent;
import dev.augenhoehe.browser.BrowserTestSupport;
import dev.augenhoehe.language.Language;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey: the consultant composes a share from demo-like data → the client opens the link in a fresh
 * browser profile at phone width, in German → reads a term's explanation with the keyboard → chooses an option with
 * a comment → asks a follow-up question → gives feedback → the consultant sees the new responses and the new
 * question, confirms the choice → the PDF's text matches the page. axe-core on the client page in both languages.
 */
class ShareJourneyBrowserTest extends BrowserTestSupport {

    static final String QUESTION = "Soll unser Shop in der Cloud laufen oder auf unserem eigenen Server?";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void fromComposingToAConfirmedChoiceAndThePdf() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Demo Beratung");
        long engagement = SharingFixtures.engagement(jdbc, owner.workspaceId(), "Bäckerei Korn", "Online-Shop");
        long question = SharingFixtures.question(jdbc, owner.workspaceId(), engagement, QUESTION);
        SharingFixtures.publish(jdbc, publisher, owner.workspaceId(), engagement, question, null, germanBrief(),
                owner.userId());

        signIn(owner.email(), owner.password());
        open("/engagements/" + engagement);
        assertThat(pageText()).contains("Shared with the client").contains("Nothing shared yet.");
        follow("Compose a share");
        assertThat(heading()).isEqualTo("Compose a share");
        assertThat(pageText()).contains(QUESTION + " (version 1)").contains("The client sees nothing until you create the link");
        checkPage("compose");
        type("Title", "Ihr Online-Shop: unsere Zusammenfassung");
        select("Language for the client", "Deutsch");
        type("Recap of the conversation", "Danke für das gute Gespräch. Sie möchten Vorbestellungen online "
                + "annehmen. Offen ist noch, wo der Shop laufen soll.");
        type("A short personal message", "Liebe Frau Korn, lassen Sie sich Zeit.");
        press("Create the link");
        assertThat(pageText()).contains("The link is ready");
        String link = field("Link").getAttribute("value");
        assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/s/[A-Za-z0-9_-]{43}");
        checkPage("share-created");

        WebDriver consultant = driver;
        Path profile = Files.createTempDirectory("augenhoehe-client");
        WebDriver client = phoneInGerman(profile);
        try {
            driver = client;
            driver.get(link);
            assertThat(heading()).isEqualTo("Ihr Online-Shop: unsere Zusammenfassung");
            assertThat(pageText()).contains("Von Owner of Demo Beratung").contains("Min. Lesezeit")
                    .contains("Unser Gespräch").contains(QUESTION).contains("Die Optionen auf einen Blick");
            checkPage("client-de");

            WebElement term = driver.findElement(By.cssSelector("details.term summary"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", term);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            WebElement explanation = waitFor(By.cssSelector("details.term[open] .explain"));
            assertThat(explanation.getText()).contains("über das Internet");
            screenshot("client-term-explained");

            driver.findElement(By.cssSelector("label[for=brief-1-pick-0]")).click();
            driver.findElement(By.id("brief-1-comment")).sendKeys("Klingt gut, wir nehmen die Cloud.");
            driver.findElement(By.cssSelector("#brief-1 form[action$='/choose'] button")).click();
            waitForText(By.cssSelector("#brief-1 .notice"), "Ihre Wahl ist angekommen");
            assertThat(driver.findElement(By.id("brief-1")).getText()).contains("Sie haben gewählt: Mieten in der Cloud");
            screenshot("client-chose");

            driver.findElement(By.id("ask-question")).sendKeys("Können wir später auch liefern?");
            driver.findElement(By.cssSelector("#ask button")).click();
            waitForText(By.cssSelector("#ask .notice"), "Ihre Frage ist angekommen");
            screenshot("client-asked");

            driver.findElement(By.cssSelector("label[for=rating-5]")).click();
            driver.findElement(By.id("feedback-text")).sendKeys("Sehr verständlich, danke!");
            driver.findElement(By.cssSelector("#feedback button")).click();
            waitForText(By.cssSelector("#feedback .notice"), "Danke für Ihre Rückmeldung");
            checkPage("client-feedback");

            follow("English");
            assertThat(pageText()).contains("Our conversation").contains("You chose: Mieten in der Cloud");
            checkPage("client-en");
        } finally {
            driver = consultant;
            client.quit();
        }

        open("/engagements/" + engagement);
        assertThat(pageText()).contains("3 new").contains("Können wir später auch liefern?");
        // the inbox's navigation entry counts the three unread responses on every page
        assertThat(driver.findElement(By.cssSelector(".site-nav a[href='/responses'] .nav-count [aria-hidden]"))
                .getText()).isEqualTo("3");
        checkPage("consultant-engagement");
        open("/responses");
        assertThat(pageText()).contains("3 new").contains("Sehr verständlich, danke!");
        checkPage("consultant-responses");
        open("/engagements/" + engagement);
        follow("Ihr Online-Shop: unsere Zusammenfassung");
        assertThat(pageText()).contains("Chose: Mieten in der Cloud").contains("Klingt gut, wir nehmen die Cloud.")
                .contains("Felt informed: 5 of 5");
        checkPage("consultant-share");
        // htmx swaps the responses in place
        click(By.xpath("//button[normalize-space()='Confirm this choice']"));
        waitForText(By.id("responses"), "Confirmed on");
        checkPage("consultant-confirmed");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("select count(*) from client_response where confirmed_at is not null "
                + "and share_id = ?", Integer.class, SharingFixtures.shareId(jdbc, token))).isEqualTo(1);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/s/" + token + "/pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/ShareJourneyBrowserTest-share.pdf"), pdf.body());
        String text = SharingFlowTests.pdfText(pdf.body()).replaceAll("\\s+", " ");
        open("/s/" + token);
        for (String shown : List.of(QUESTION, "Ihr Online-Shop: unsere Zusammenfassung", "A. Mieten in der Cloud",
                "B. Eigener Server im Laden", "Unser Gespräch", "Wissenswertes", "Bäckerei Korn",
                "Owner of Demo Beratung", "1.500 €", "Bestätigt: Mieten in der Cloud")) {
            assertThat(pageText()).as("page").contains(shown);
            assertThat(text).as("pdf").contains(shown);
        }
        assertThat(text).contains("/s/" + token);
    }

    static BriefContent germanBrief() {
        return new BriefContent(QUESTION, Language.DE,
                "Ihr Shop braucht einen Ort, an dem er läuft. Es gibt zwei Wege.",
                List.of(new dev.augenhoehe.knowledge.DecisionOption("Mieten in der Cloud", "Ihr Shop läuft auf gemieteten Rechnern.",
                                "- schnell startklar\n- wenig Pflege", "- monatliche Kosten",
                                "Sie können später umziehen.", "3 Tage", "1.500 €", "2 Wochen", dev.augenhoehe.knowledge.Risk.LOW,
                                "Wenig kann schiefgehen."),
                        new dev.augenhoehe.knowledge.DecisionOption("Eigener Server im Laden", "Ein Rechner steht bei Ihnen.",
                                "- alles im Haus", "- Sie kümmern sich um Updates", "Sie brauchen Hilfe vor Ort.",
                                "2 Wochen", "4.000 €", "1 Monat", dev.augenhoehe.knowledge.Risk.MEDIUM, "Fällt der Strom aus, ist der Shop weg.")),
                0, "", "Die Cloud ist sicherer und braucht weniger Pflege durch Ihr Team.",
                "Ihr Internet ist oft gestört.", "",
                List.of(new BriefContent.KnowhowTerm("cloud", "Cloud",
                        "Rechenleistung und Speicherplatz, die Sie über das Internet bei einem Anbieter mieten.")));
    }

    private static WebDriver phoneInGerman(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--lang=de-DE", "--window-size=390,844", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> true);
        return driver;
    }
}
