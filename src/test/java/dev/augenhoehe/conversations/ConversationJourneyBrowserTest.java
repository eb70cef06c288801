package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.browser.BrowserTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ApplicationContext;

/**
 * The consultant's first working day: client → engagement → first conversation → notes in three topics (by mouse
 * and by keyboard) → two client questions → reload → everything still there → the open topics in words. Also: a lost
 * connection while typing loses nothing.
 */
// this test sets the instance up; tests that expect a fresh instance must not get this context after us
@DirtiesContext
class ConversationJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void firstConversationNotesQuestionsAndCoverageSurviveAReload() {
        TestUser owner = TestAccounts.setUpInstance(context, "Journey Consulting");
        freshSignIn(owner);
        checkPage("dashboard-empty");

        follow("Clients");
        checkPage("clients-empty");
        follow("New client");
        press("Save");
        assertThat(pageText()).contains("Please fill in this field.");
        checkPage("client-errors");
        type("Name of the organisation or person", "Müller Bäckerei GmbH");
        type("Contact person", "Frau Müller");
        press("Save");
        assertThat(heading()).contains("Müller Bäckerei GmbH");
        checkPage("client");

        follow("New engagement");
        type("Title", "New ordering system");
        type("History", "A freelancer started an app in 2023 and stopped after three months.");
        press("Save");
        assertThat(heading()).contains("New ordering system");
        checkPage("engagement");

        follow("Start the first conversation");
        checkPage("conversation-start");
        press("Start conversation");
        assertThat(heading()).isEqualTo("Meeting view");
        assertThat(pageText()).contains("What should be different when this is done?");
        checkPage("live");

        // topic 1 by mouse, topic 2 by keyboard (Alt+Down), budget by its link
        click(By.cssSelector(".topic-nav li:nth-child(1) a"));
        typeNotes("The counter staff take orders by **phone** and on paper.");
        new Actions(driver).keyDown(Keys.ALT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.ALT).perform();
        assertThat(activePanelTitle()).contains("Success and sign-off");
        typeNotes("Fewer wrong orders. Frau Müller signs off.");
        click(By.xpath("//nav[contains(@class,'topic-nav')]//a[.//span[normalize-space()='Budget']]"));
        typeNotes("Around 20,000 euros, not approved yet.");

        // settle the budget with the keyboard: leave the field, press s
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        driver.switchTo().activeElement().sendKeys("s");
        waitForText(By.cssSelector(".topic-panel:not([hidden]) button[aria-pressed='true']"), "settled");

        // two questions: one with q and Ctrl+Enter, one with the button
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        driver.switchTo().activeElement().sendKeys("q");
        driver.switchTo().activeElement().sendKeys("Can we keep our old till?");
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForText(By.id("live-questions"), "Can we keep our old till?");
        type("The question, in the client's own words", "What happens to our customer list?");
        type("Who asked", "Herr Müller");
        click(By.xpath("//button[normalize-space()='Capture question']"));
        waitForText(By.id("live-questions"), "What happens to our customer list?");
        checkPage("live-with-notes");

        driver.navigate().refresh();
        waitFor(By.cssSelector(".topic-panel:not([hidden])"));
        assertThat(pageText()).contains("Can we keep our old till?").contains("What happens to our customer list?");
        assertThat(driver.findElements(By.cssSelector("textarea.notes")).stream()
                .map(t -> t.getAttribute("value")))
                .contains("The counter staff take orders by **phone** and on paper.",
                        "Fewer wrong orders. Frau Müller signs off.", "Around 20,000 euros, not approved yet.");
        checkPage("live-after-reload");

        follow("Summary");
        assertThat(pageText())
                .contains("1 of 13 topics settled, 2 touched, 10 open.")
                .contains("Deadlines: not discussed yet")
                .contains("Who decides: unknown")
                .contains("Goal and problem: talked about, not settled yet")
                .doesNotContain("Budget: not discussed yet");
        assertThat(driver.findElement(By.cssSelector(".rendered strong")).getText()).isEqualTo("phone");
        checkPage("summary");

        follow("Müller Bäckerei GmbH · New ordering system");
        assertThat(pageText()).contains("Client's questions (2 open)").contains("Who decides: unknown");
        checkPage("engagement-with-conversation");

        follow("Dashboard");
        assertThat(pageText()).contains("Open client questions (2)").contains("Can we keep our old till?");
        checkPage("dashboard");

        follow("Guide");
        checkPage("guide");
    }

    @Test
    void aLostConnectionWhileTypingLosesNothing() {
        TestUser owner = TestAccounts.setUpInstance(context, "Offline Consulting");
        freshSignIn(owner);
        follow("Clients");
        follow("New client");
        type("Name of the organisation or person", "Offline GmbH");
        press("Save");
        follow("New engagement");
        type("Title", "Train project");
        press("Save");
        follow("Start the first conversation");
        press("Start conversation");

        // the connection to the notes endpoint breaks; pages still load, so we can also reload in between
        ChromiumDriver chromium = (ChromiumDriver) driver;
        chromium.executeCdpCommand("Network.enable", Map.of());
        click(By.cssSelector(".topic-nav li:nth-child(1) a"));
        chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/notes")));
        try {
            driver.switchTo().activeElement().sendKeys("Typed in the tunnel.");
            waitForText(By.cssSelector(".topic-panel:not([hidden]) .save-state"), "Not saved");
            screenshot("offline-not-saved");

            driver.navigate().refresh();
            WebElement notes = waitFor(By.cssSelector(".topic-panel:not([hidden]) textarea.notes"));
            assertThat(notes.getAttribute("value")).isEqualTo("Typed in the tunnel.");
            waitForText(By.cssSelector(".topic-panel:not([hidden]) .save-state"), "Not saved");
        } finally {
            chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        click(By.xpath("//div[contains(@class,'topic-panel') and not(@hidden)]//button[normalize-space()='Retry now']"));
        waitForText(By.cssSelector(".topic-panel:not([hidden]) .save-state"), "Saved at");
        checkPage("restored-and-saved");

        // the server has it now: a fresh browser storage would still show it
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.navigate().refresh();
        assertThat(waitFor(By.cssSelector(".topic-panel:not([hidden]) textarea.notes")).getAttribute("value"))
                .isEqualTo("Typed in the tunnel.");
    }

    @Test
    void twoTabsOnTheSameTopicLoseNeitherText() {
        TestUser owner = TestAccounts.setUpInstance(context, "Two Tabs Consulting");
        freshSignIn(owner);
        follow("Clients");
        follow("New client");
        type("Name of the organisation or person", "Zwei Tabs GmbH");
        press("Save");
        follow("New engagement");
        type("Title", "Shop");
        press("Save");
        follow("Start the first conversation");
        press("Start conversation");
        String live = path();
        String first = driver.getWindowHandle();
        // both tabs open the same topic on the same stored notes
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open(live);
        waitFor(By.cssSelector(".topic-panel:not([hidden]) textarea.notes"));

        driver.switchTo().window(first);
        click(By.cssSelector(".topic-panel:not([hidden]) textarea.notes"));
        typeNotes("Tab A: budget 20k.");

        // the second tab: still on the notes it opened with (version 0)
        driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(first)).findFirst().orElseThrow());
        click(By.cssSelector(".topic-panel:not([hidden]) textarea.notes"));
        driver.switchTo().activeElement().sendKeys("Tab B: budget 30k.");
        // not saved over tab A: both texts on screen, B's still in its field
        WebElement conflict = waitFor(By.cssSelector(".topic-panel:not([hidden]) .notes-conflict"));
        assertThat(conflict.getText()).contains("Someone else saved other notes").contains("Tab A: budget 20k.");
        assertThat(driver.findElement(By.cssSelector(".topic-panel:not([hidden]) textarea.notes"))
                .getAttribute("value")).isEqualTo("Tab B: budget 30k.");
        checkPage("notes-conflict");
        driver.close();
        driver.switchTo().window(first);
    }

    /** Each journey starts signed out: the browser is shared between the tests of this class. */
    private void freshSignIn(TestUser owner) {
        open("/login");
        driver.manage().deleteAllCookies();
        signIn(owner.email(), owner.password());
    }

    private void typeNotes(String text) {
        WebElement notes = driver.switchTo().activeElement();
        assertThat(notes.getTagName()).isEqualTo("textarea");
        notes.sendKeys(text);
        String stateId = "save-" + notes.getAttribute("id").substring("notes-".length());
        // the status is swapped in by htmx: an element found a moment ago may be replaced while its text is read
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(stateId)).getText().startsWith("Saved at"));
    }

    private String activePanelTitle() {
        return driver.findElement(By.cssSelector(".topic-panel:not([hidden]) h2")).getText();
    }
}
