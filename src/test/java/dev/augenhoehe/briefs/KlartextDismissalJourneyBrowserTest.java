package dev.augenhoehe.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.browser.BrowserTestSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A consultant dismisses a finding in the brief editor by keyboard, takes it back, dismisses it again; the owner
 * finds it on the settings page's "Dismissed findings" and removes it. axe-core on each step, 1,280 and 390 px wide.
 */
class KlartextDismissalJourneyBrowserTest extends BrowserTestSupport {

    static final String TEXT = "Obviously this is trivial, trust me.";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dismissUndoAndTheOwnersPage() {
        TestUser owner = TestAccounts.setUpInstance(context, "Dismiss Journey GmbH");
        long engagement = BriefFixtures.engagement(jdbc, owner.workspaceId());
        long question = BriefFixtures.question(jdbc, owner.workspaceId(), engagement, "Can we move the shop?");
        BriefContent c = TestBriefs.publishableContent();
        long brief = TestRows.publishedBrief(jdbc, owner.workspaceId(), engagement, question,
                new BriefContent(c.question(), c.language(), TEXT, c.options(), c.recommendation(),
                        c.noRecommendationBecause(), c.reasons(), c.revisitIf(), c.knowhow(), c.terms()),
                owner.userId());
        signIn(owner.email(), owner.password());

        open("/briefs/" + brief + "/edit");
        waitFor(By.cssSelector("#kt-f-context .kt-text mark"));
        assertThat(marks()).contains("Obviously");
        checkPage("editor-with-findings");

        // by keyboard: Enter on the control, the panel comes back without the finding and the note has the focus
        dismissControl("Obviously").sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("#kt-f-context .kt-note"), "no longer flags");
        assertThat(marks()).doesNotContain("Obviously").contains("trust me");
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("kt-note");
        checkPage("finding-dismissed");

        WebElement undo = driver.findElement(By.cssSelector("#kt-f-context .kt-note button"));
        undo.sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("#kt-f-context .kt-note"), "flags it again");
        assertThat(marks()).contains("Obviously");

        dismissControl("Obviously").sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("#kt-f-context .kt-note"), "no longer flags");
        onAPhone("finding-dismissed-phone");
        assertThat(jdbc.queryForObject("select count(*) from knowledge_dismissal where workspace_id = ?", Long.class,
                owner.workspaceId())).isEqualTo(1);

        // the same field after a reload: still silent for this client
        open("/briefs/" + brief + "/edit");
        assertThat(marks()).doesNotContain("Obviously").contains("trust me");

        open("/settings");
        follow("Dismissed findings");
        assertThat(heading()).isEqualTo("Dismissed findings");
        assertThat(pageText()).contains("Implying the client should know").contains("Dismissed once, for one client.")
                .contains("Bäckerei Korn");
        checkPage("owner-page");
        onAPhone("owner-page-phone");

        WebElement remove = driver.findElement(By.xpath("//button[normalize-space()='Remove the dismissal of \"obviously\"']"));
        remove.sendKeys(Keys.ENTER);
        waitForText(By.id("dismissals"), "Removed. Klartext flags it again.");
        assertThat(pageText()).contains("Nothing dismissed yet.");
        checkPage("owner-page-removed");

        open("/briefs/" + brief + "/edit");
        assertThat(marks()).contains("Obviously");
    }

    private String marks() {
        return String.join(" | ", driver.findElements(By.cssSelector("#kt-f-context .kt-text mark")).stream()
                .map(WebElement::getText).toList());
    }

    private WebElement dismissControl(String words) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until((WebDriver d) -> d.findElements(
                By.cssSelector("#kt-f-context a.kt-dismiss")).stream().filter(a -> a.getText().contains(words))
                .findFirst().orElse(null));
    }
}
