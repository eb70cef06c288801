package dev.augenhoehe.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.browser.BrowserTestSupport;
import dev.augenhoehe.briefs.BriefPublished;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client's confirmed choice appears as an accepted decision → a later decision supersedes it → both show the
 * link → the client's page section tells the history → the MADR zip holds both files with the right status lines
 * and the index. The choice is made on a real link: the consultant composes the share, the client (no session)
 * chooses, the consultant confirms, and the decision log records it from the {@code ClientChoiceConfirmed} event.
 */
class DecisionJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DecisionService decisions;

    @Test
    void fromTheClientsChoiceToASupersedingDecisionAndTheMadrZip() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Decision Journey GmbH");
        long engagement = DecisionFixtures.engagement(jdbc, owner.workspaceId(), "Online shop");
        long question = DecisionFixtures.question(jdbc, owner.workspaceId(), engagement,
                "Should our shop run in the cloud or on our own server?");
        long brief = DecisionFixtures.publishedBrief(jdbc, owner.workspaceId(), engagement, question,
                DecisionFixtures.content("Should our shop run in the cloud or on our own server?"));
        transactions.executeWithoutResult(tx -> events.publishEvent(new BriefPublished(owner.workspaceId(), brief, 1,
                question)));
        signIn(owner.email(), owner.password());

        // the consultant shares the brief; the client chooses on the link; the consultant confirms
        open("/engagements/" + engagement);
        follow("Compose a share");
        type("Title", "Your online shop: our summary");
        select("Language for the client", "English");
        type("Recap of the conversation", "Thank you for the good talk. You want to take orders online.");
        press("Create the link");
        String link = field("Link").getAttribute("value");
        driver.manage().deleteAllCookies(); // the client has no account and no session
        driver.get(link);
        driver.findElement(By.cssSelector("label[for=brief-" + brief + "-pick-0]")).click();
        driver.findElement(By.id("brief-" + brief + "-comment")).sendKeys("Sounds good, the cloud it is.");
        driver.findElement(By.cssSelector("#brief-" + brief + " form[action$='/choose'] button")).click();
        waitForText(By.cssSelector("#brief-" + brief + " .notice"), "We got your choice");
        checkPage("client-chose");
        signIn(owner.email(), owner.password());
        open("/engagements/" + engagement);
        follow("Your online shop: our summary");
        click(By.xpath("//button[normalize-space()='Confirm this choice']"));
        waitForText(By.id("responses"), "Confirmed on");
        for (int i = 0; i < 100 && decisions.ofEngagement(owner.workspaceId(), engagement).isEmpty(); i++) {
            Thread.sleep(100); // the decision log records it after the confirmation's commit
        }
        LocalDate today = LocalDate.now(ClientChoiceRecorder.ZONE);
        String todayText = DecisionsClientSection.date(today, Locale.ENGLISH);

        open("/engagements/" + engagement);
        assertThat(pageText()).contains("Decision log").contains("0001 Should our shop run in the cloud");
        follow("All decisions (1)");
        assertThat(heading()).isEqualTo("Decision log");
        assertThat(pageText()).contains("accepted").contains("confirmed by the client");
        checkPage("timeline-accepted");

        follow("0001 Should our shop run in the cloud or on our own server?");
        String shown = jdbc.queryForObject("select content_hash from client_response where kind = 'CHOICE' "
                + "and workspace_id = ?", String.class, owner.workspaceId());
        assertThat(pageText()).contains("Chosen option: Rent in the cloud").contains("The client confirmed this choice")
                .contains("SHA-256 " + shown).contains("Brief version 1 exactly as the client saw it")
                .contains("by Owner of Decision Journey GmbH").contains("Sounds good, the cloud it is.");
        checkPage("decision-confirmed");

        open("/engagements/" + engagement + "/decisions/new");
        assertThat(heading()).isEqualTo("Record a decision");
        type("Title", "Move to a ready-made shop system");
        type("Name of option 1", "Ready-made shop system");
        type("Good points of option 1", "quick to start\nupdates included");
        type("Chosen option", "Ready-made shop system");
        type("Why this option", "It is ready before Easter and the family can run it.");
        type("Tags (separated by commas)", "shop, hosting");
        checkPage("new-decision-form");
        press("Save");
        assertThat(pageText()).contains("The decision is recorded.").contains("Decision 0002");
        select("This decision", "replaces");
        select("Other decision", "0001 Should our shop run in the cloud or on our own server?");
        press("Link");
        assertThat(pageText()).contains("Linked. Both decisions show the link.")
                .contains("replaces 0001 Should our shop run in the cloud");
        checkPage("superseding");

        follow("0001 Should our shop run in the cloud or on our own server?");
        assertThat(pageText()).contains("superseded").contains("replaced by 0002 Move to a ready-made shop system");
        checkPage("superseded");

        open("/engagements/" + engagement + "/decisions");
        assertThat(driver.findElements(By.cssSelector("svg.decision-graph circle"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("svg.decision-graph path[marker-end]"))).hasSize(1);
        select("Status", "superseded");
        // htmx swaps in the filtered list without a page load
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#decision-results .timeline > li")).size() == 1);
        assertThat(driver.findElement(By.id("decision-results")).getText()).contains("0001 Should our shop");
        assertThat(path()).contains("status=SUPERSEDED");
        checkPage("filtered");

        for (String page : List.of("/engagements/" + engagement + "/decisions", "/decisions/" + decisions
                .ofEngagement(owner.workspaceId(), engagement).get(1).id(), "/decisions")) {
            for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
                driver.manage().window().setSize(size);
                open(page);
                Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as(page + " at " + size.width + " px").isLessThanOrEqualTo(0L);
            }
            checkPage("width-" + page.replaceAll("[^a-z0-9]+", "-"));
        }

        // the client's page tells the history in plain words
        driver.manage().deleteAllCookies();
        driver.get(link);
        assertThat(pageText()).contains("What was decided")
                .contains("On " + todayText + " you chose “Rent in the cloud”. Why: It is safer and needs less care.")
                .contains("On " + todayText + " the decision was: “Ready-made shop system”. Why: It is ready before "
                        + "Easter and the family can run it.")
                .contains("Replaced on " + todayText + " by “Ready-made shop system”.");
        checkPage("client-history");
        signIn(owner.email(), owner.password());

        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });
                """, "/engagements/" + engagement + "/decisions/madr.zip");
        Map<String, String> files = DecisionsFlowTests.unzip(Base64.getDecoder().decode(base64));
        assertThat(files.keySet()).containsExactly("0001-should-our-shop-run-in-the-cloud-or-on-our-own-server.md",
                "0002-move-to-a-ready-made-shop-system.md", "index.md");
        assertThat(files.get("0001-should-our-shop-run-in-the-cloud-or-on-our-own-server.md"))
                .startsWith("---\nstatus: superseded by ADR-0002\ndate: " + today + "\n");
        assertThat(files.get("0002-move-to-a-ready-made-shop-system.md")).startsWith("---\nstatus: accepted\n")
                .contains("supersedes: [\"ADR-0001\"]");
        assertThat(files.get("index.md")).contains("| [0001](0001-should-our-shop-run-in-the-cloud-or-on-our-own-server.md)"
                + " | Should our shop run in the cloud or on our own server? | superseded by ADR-0002 | " + today + " |")
                .contains("| Move to a ready-made shop system | accepted |");
    }
}
