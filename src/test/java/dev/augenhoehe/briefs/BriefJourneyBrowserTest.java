package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.browser.BrowserTestSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client question answered with a brief: open the question → start a brief from a template → type a jargon
 * sentence and see it flagged live → fix it → publish → edit again (new draft, version 1 unchanged).
 */
class BriefJourneyBrowserTest extends BrowserTestSupport {

    static final String JARGON = "We deploy your shop as microservices on a Kubernetes cluster.";
    static final String PLAIN = "Your shop needs a safe place to run. We explain both ways here.";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fromQuestionToPublishedBriefAndANewDraft() {
        TestUser owner = TestAccounts.setUpInstance(context, "Brief Journey GmbH");
        long engagement = BriefFixtures.engagement(jdbc, owner.workspaceId());
        long question = BriefFixtures.question(jdbc, owner.workspaceId(), engagement,
                "Should our shop run in the cloud or on our own server?");
        signIn(owner.email(), owner.password());

        open("/questions/" + question);
        assertThat(pageText()).contains("Should our shop run in the cloud");
        checkPage("question");

        open("/engagements/" + engagement);
        assertThat(pageText()).contains("Decision briefs").contains("Questions without a brief");
        checkPage("engagement");
        follow("Answer with a brief");
        assertThat(heading()).isEqualTo("Answer with a brief");
        checkPage("start");
        select("Language of the brief", "English");
        waitFor(By.id("brief-template"));
        select("Start from", "Cloud or our own server?");
        press("Start the brief");

        assertThat(heading()).isEqualTo("Edit the brief");
        assertThat(pageText()).contains("The template is copied into your brief")
                .contains("Should our shop run in the cloud");
        assertThat(field("Short context").getAttribute("value")).contains("Your software needs a place to run");
        checkPage("editor-from-template");

        WebElement context = field("Short context");
        context.clear();
        context.sendKeys(JARGON);
        waitFor(By.cssSelector("#kt-f-context .kt-text mark"));
        assertThat(driver.findElement(By.id("kt-f-context")).getText()).contains("Kubernetes");
        checkPage("jargon-flagged");

        context.clear();
        context.sendKeys(PLAIN);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#kt-f-context .kt-text mark"), 0));
        screenshot("jargon-fixed");

        press("Save and review for publishing");
        assertThat(heading()).isEqualTo("Review and publish");
        assertThat(pageText()).contains("Publishing fixes this text as version 1").contains(PLAIN)
                .contains("The options at a glance");
        checkPage("review");
        press(driver.findElement(By.cssSelector(".publish-form button")).getText());

        assertThat(heading()).isEqualTo("Version 1");
        assertThat(pageText()).contains("This version is fixed").contains(PLAIN).contains("What we recommend");
        String versionPath = path();
        checkPage("version-1");

        open("/questions/" + question);
        // the question's trail shows the version; nothing of the brief is copied into the question
        assertThat(pageText()).contains("What happened so far").contains("Brief version 1 published")
                .contains("Answered with reasons");

        open(versionPath.replaceFirst("/versions/1$", "/edit"));
        assertThat(pageText()).contains("Version 1 is published");
        type("Short context", "A second thought: your shop could also stay where it is for now.");
        press("Save draft");
        assertThat(pageText()).contains("Draft saved.").contains("Changed since publishing");
        checkPage("new-draft");

        open(versionPath);
        assertThat(pageText()).contains(PLAIN).doesNotContain("A second thought");
        open(versionPath.replaceFirst("/versions/1$", ""));
        assertThat(pageText()).contains("A second thought").contains("Version 1, published");
        checkPage("brief-page");
    }
}
