package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.browser.BrowserTestSupport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What a consultant tripped over (issue 9), walked through once: a bare "Geht nicht." is refused with a reason,
 * a saved question is corrected, the capture form is empty after a save, typing makes the panel say "touched",
 * the meeting view works at 390 px and 1,280 px with no badge cut off, and no main page scrolls sideways at either
 * width, in English and German. Signing in from a link to a topic lands on that topic.
 */
// this test sets the instance up; tests that expect a fresh instance must not get this context after us
@DirtiesContext
class ConsultantJourneyBrowserTest extends BrowserTestSupport {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConsultantsDayWithoutTrippingOver() {
        driver.manage().window().setSize(DESKTOP);
        TestUser owner = TestAccounts.setUpInstance(context, "Trip Consulting");
        open("/login");
        driver.manage().deleteAllCookies();
        signIn(owner.email(), owner.password());

        follow("Clients");
        follow("New client");
        type("Name of the organisation or person", "Hahn Logistik GmbH");
        press("Save");
        String client = path();
        follow("New engagement");
        type("Title", "Warehouse app");
        press("Save");
        String engagement = path();
        // who worked on it before, and why it ended: a list on the engagement page
        click(By.xpath("//summary[normalize-space()='Add a previous vendor']"));
        type("Name (company or person)", "Agentur Nord");
        type("Why it ended", "The budget ran out after the first version.");
        press("Add to the list");
        assertThat(pageText()).contains("Agentur Nord").contains("The budget ran out after the first version.");
        checkPage("previous-vendor");
        follow("Start the first conversation");
        press("Start conversation");
        String live = path().replaceFirst("#.*", "");
        String conversation = live.replace("/live", "");

        // capture a question: afterwards the whole form is empty, "who asked" too
        type("The question, in the client's own words", "Can we keep our old scanner?");
        type("Who asked", "Jens Hahn (IT)");
        click(By.xpath("//button[normalize-space()='Capture question']"));
        waitForText(By.id("live-questions"), "Can we keep our old scanner?");
        assertThat(field("Who asked").getAttribute("value")).isEmpty();
        assertThat(field("The question, in the client's own words").getAttribute("value")).isEmpty();

        // typing makes the topic touched: the panel's buttons say so without a reload, like the sidebar
        click(By.cssSelector(".topic-nav li:nth-child(1) a"));
        driver.switchTo().activeElement().sendKeys("The scanners are ten years old.");
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector(".topic-panel:not([hidden]) .save-state")).getText().startsWith("Saved at"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector(".topic-panel:not([hidden]) button[aria-pressed='true']")).getText().equals("touched"));
        assertThat(driver.findElement(By.cssSelector(".topic-nav li:nth-child(1) .badge")).getText())
                .isEqualTo("touched");
        meetingViewFits("live-1280");

        // the quick answer refuses a bare verdict with a reason, then the question is corrected
        follow("Can we keep our old scanner?");
        String question = path();
        type("Answer", "Geht nicht.");
        press("Mark answered");
        assertThat(pageText()).contains("An answer without reasons leaves the client guessing.");
        checkPage("bare-answer-refused");
        click(By.xpath("//summary[normalize-space()='Correct the question']"));
        type("The question, in the client's own words", "Can we keep our old barcode scanners?");
        type("Who asked", "Maria Vogt (management)");
        press("Save the correction");
        assertThat(pageText()).contains("The question is corrected.")
                .contains("Asked by Maria Vogt (management)")
                .contains("Corrected. Before it read: Can we keep our old scanner? (asked by Jens Hahn (IT))");
        assertThat(driver.findElement(By.cssSelector("blockquote.client-words")).getText())
                .isEqualTo("Can we keep our old barcode scanners?");
        checkPage("question-corrected");

        follow("Answer with a decision brief");
        String briefStart = path();
        press("Start the brief");
        String briefEditor = path();
        assertThat(pageText()).contains("The brief is started.").doesNotContain("template is copied");
        assertThat(driver.findElements(By.cssSelector("textarea[id$='-effort']"))).isNotEmpty();

        List<String> pages = List.of("/", "/clients", client, engagement, conversation, live, question, "/guide",
                "/briefs", briefStart, briefEditor, "/knowledge", "/knowledge/glossary", "/knowledge/templates",
                "/settings", "/profile");
        Map<String, Long> tooWide = new LinkedHashMap<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            pages.forEach(page -> measure(page, size, "", tooWide));
        }

        driver.manage().window().setSize(PHONE);
        open(live);
        meetingViewFits("live-390");
        // on a phone the topics are one select: the open topic's notes and the question capture come right after
        WebElement capture = driver.findElement(By.id("question-form"));
        assertThat(capture.getRect().getY()).as("question capture, px from the top").isLessThan(1200);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("topic-jump"))).selectByIndex(2);
        assertThat(driver.findElement(By.cssSelector(".topic-panel:not([hidden]) h2")).getText()).contains("3.");

        // the same pages in German: longer words, same widths
        jdbc.update("update app_user set language = 'DE' where email = ?", owner.email());
        driver.manage().window().setSize(DESKTOP);
        String third = driver.findElements(By.cssSelector(".topic-panel")).get(2).getAttribute("id");
        signOut();
        // signed out, a link to the third topic: after sign-in the same topic, and no "?continue" in the address
        open(live + "#" + third);
        assertThat(path()).startsWith("/login");
        type(driver.findElement(By.cssSelector("label[for=username]")).getText(), owner.email());
        type(driver.findElement(By.cssSelector("label[for=password]")).getText(), owner.password());
        loadingNextPage(() -> click(By.cssSelector("form[action^='/login'] button[type=submit]")));
        assertThat(path()).isEqualTo(live + "#" + third);
        assertThat(driver.findElement(By.cssSelector(".topic-panel:not([hidden])")).getAttribute("id")).isEqualTo(third);
        meetingViewFits("live-1280-de");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            List.of("/", live, question, "/guide", briefEditor, "/knowledge/templates", "/settings")
                    .forEach(page -> measure(page, size, "-de", tooWide));
        }
        driver.manage().window().setSize(PHONE);
        open(live);
        meetingViewFits("live-390-de");
        driver.manage().window().setSize(DESKTOP);

        assertThat(tooWide).as("pages wider than the window (document scrollWidth)").isEmpty();
    }

    /** Opens the page and records it if the document is wider than the window; a screenshot of each. */
    private void measure(String page, Dimension size, String suffix, Map<String, Long> tooWide) {
        open(page);
        long scrollWidth = number("return document.documentElement.scrollWidth");
        long innerWidth = number("return window.innerWidth");
        if (scrollWidth > innerWidth) {
            tooWide.put(page + suffix + " at " + size.getWidth() + " px", scrollWidth);
        }
        screenshot(size.getWidth() + page.replaceAll("[^A-Za-z0-9]+", "-") + suffix);
    }

    /** Every status badge of the topic list shows its whole word, inside the list's column; axe-core on top. */
    @SuppressWarnings("unchecked")
    private void meetingViewFits(String name) {
        waitFor(By.cssSelector(".topic-panel:not([hidden])"));
        List<String> clipped = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const nav = document.querySelector('.topic-nav').getBoundingClientRect();
                return Array.from(document.querySelectorAll('.topic-nav .badge, .topic-panel:not([hidden]) .badge'))
                    .filter(b => b.offsetParent !== null)
                    .filter(b => b.scrollWidth > b.clientWidth
                        || (b.closest('.topic-nav') && b.getBoundingClientRect().right > nav.right + 0.5))
                    .map(b => b.textContent + ' ' + b.scrollWidth + '>' + b.clientWidth);
                """);
        assertThat(clipped).as("badges cut off in the meeting view (" + name + ")").isEmpty();
        assertThat(number("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(number("return window.innerWidth"));
        checkPage(name);
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }
}
