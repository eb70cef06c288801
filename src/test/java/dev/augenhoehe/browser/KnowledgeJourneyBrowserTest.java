package dev.augenhoehe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The knowledge pages a consultant opens while writing: search (German compounds), glossary, templates and the
 * Klartext page that checks a pasted reply as you type. axe-core on every page.
 */
class KnowledgeJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void searchGlossaryTemplatesAndALiveCheck() {
        TestUser owner = TestAccounts.setUpInstance(context, "Knowledge Journey GmbH");
        signIn(owner.email(), owner.password());

        open("/knowledge");
        checkPage("knowledge");
        WebElement search = driver.findElement(By.id("knowledge-q"));
        search.sendKeys("Datenbankmigration");
        loadingNextPage(() -> search.sendKeys(Keys.ENTER));
        assertThat(pageText()).containsIgnoringCase("migration");
        checkPage("search-results");

        open("/knowledge/glossary");
        checkPage("glossary");
        open("/knowledge/glossary/new");
        checkPage("glossary-new-term");

        open("/knowledge/templates");
        checkPage("templates");
        follow(driver.findElements(By.cssSelector("#content a[href^='/knowledge/templates/']")).get(0).getText());
        assertThat(path()).startsWith("/knowledge/templates/");
        checkPage("template");

        open("/klartext");
        checkPage("klartext-empty");
        driver.findElement(By.id("f-text")).sendKeys("No. Obviously the Kubernetes cluster can't do that.");
        waitForText(By.id("kt-main"), "Kubernetes");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#kt-main mark")).size() >= 2);
        assertThat(driver.findElement(By.id("kt-main")).getText()).containsIgnoringCase("kubernetes");
        checkPage("klartext-findings");
    }
}
