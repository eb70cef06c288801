package dev.augenhoehe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner's backup page (back up now, the stored list), a client's data export and the client's erasure, by
 * keyboard, axe-core clean, at 1,280 and 390 pixels wide without sideways scrolling.
 */
class OperationsJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void backUpNowAndShowWhatIsStoredAboutAClient() {
        TestUser owner = TestAccounts.setUpInstance(context, "Operations Journey GmbH");
        long engagement = TestRows.engagement(jdbc, owner.workspaceId(), "Bäckerei Ölz", "Neue Kasse");
        long client = jdbc.queryForObject("select client_id from engagement where id = ?", Long.class, engagement);
        signIn(owner.email(), owner.password());

        open("/settings");
        follow("Backup");
        assertThat(heading()).isEqualTo("Backup");
        WebElement now = driver.findElement(By.xpath("//button[normalize-space()='Back up now']"));
        loadingNextPage(() -> now.sendKeys(Keys.ENTER));
        assertThat(pageText()).contains("The backup is made and stored on this server.");
        // one per day is kept (the newest), and the test data folder may hold one of an earlier run's workspace
        assertThat(driver.findElements(By.cssSelector("a[href^='/settings/backup/files/']"))).hasSize(1);
        assertThat(driver.findElement(By.linkText("Download backup")).getAttribute("href")).endsWith("/settings/backup/archive");
        checkPage("backup");
        onAPhone("backup-phone");

        open("/clients/" + client);
        follow("What we store about this client (data protection)");
        assertThat(heading()).isEqualTo("What we store about Bäckerei Ölz");
        assertThat(pageText()).contains("Engagements (1)").contains("Neue Kasse");
        checkPage("client-export");
        onAPhone("client-export-phone");

        open("/clients/" + client);
        follow("Erase this client (data protection)");
        assertThat(heading()).isEqualTo("Erase Bäckerei Ölz");
        assertThat(pageText()).contains("What is deleted").contains("Engagements: 1").contains("Ölz");
        checkPage("erase");
        onAPhone("erase-phone");
        WebElement name = field("Type the client’s name to confirm: Bäckerei Ölz");
        name.sendKeys("Bäckerei Olz");
        loadingNextPage(() -> name.sendKeys(Keys.ENTER));
        assertThat(pageText()).contains("The name does not match.");
        checkPage("erase-mismatch");
        WebElement again = field("Type the client’s name to confirm: Bäckerei Ölz");
        again.clear();
        again.sendKeys("Bäckerei Ölz");
        loadingNextPage(() -> again.sendKeys(Keys.ENTER));
        assertThat(heading()).isEqualTo("Erased clients");
        assertThat(pageText()).contains("The client is erased.").contains("Client no. " + client).doesNotContain("Ölz");
        checkPage("erasures");
        onAPhone("erasures-phone");
    }
}
