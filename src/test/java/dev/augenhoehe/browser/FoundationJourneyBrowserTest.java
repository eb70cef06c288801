package dev.augenhoehe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The first minutes with Augenhöhe: set up → sign out → sign in → switch to German → add a consultant →
 * the consultant signs in. Needs an empty database, so it gets a context of its own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class FoundationJourneyBrowserTest extends BrowserTestSupport {

    static final String OWNER_EMAIL = "ada@journey.example";
    static final String OWNER_PASSWORD = "a sentence as password";
    static final String CONSULTANT_EMAIL = "ben@journey.example";
    static final String CONSULTANT_PASSWORD = "another long sentence";

    @Test
    void fromFirstStartToASecondPersonSignedIn() {
        open("/");
        assertThat(path()).isEqualTo("/setup");
        assertThat(heading()).isEqualTo("Set up Augenhöhe");
        checkPage("setup");

        press("Create workspace");
        assertThat(pageText()).contains("Please fill in this field.");
        checkPage("setup-errors");

        type("Name of your company or team", "Journey Consulting");
        type("Name", "Ada Owner");
        type("Email", OWNER_EMAIL);
        type("Password", OWNER_PASSWORD);
        type("Repeat the password", OWNER_PASSWORD);
        press("Create workspace");
        assertThat(path()).isEqualTo("/");
        assertThat(pageText()).contains("Your workspace is ready. You are signed in.");
        checkPage("dashboard");

        signOut();
        assertThat(pageText()).contains("You are signed out.");
        checkPage("signed-out");

        signIn(OWNER_EMAIL, "wrong password, surely");
        assertThat(pageText()).contains("The email or the password is not right");
        signIn(OWNER_EMAIL, OWNER_PASSWORD);
        assertThat(heading()).isEqualTo("Hello, Ada Owner");

        follow("Ada Owner");
        assertThat(heading()).isEqualTo("Your profile");
        checkPage("profile");
        select("Language", "Deutsch");
        loadingNextPage(() -> click(By.cssSelector("form[action='/profile'] button")));
        assertThat(heading()).isEqualTo("Ihr Profil");
        assertThat(pageText()).contains("Ihr Profil ist gespeichert.");
        checkPage("profile-german");

        follow("Einstellungen");
        assertThat(heading()).isEqualTo("Einstellungen");
        checkPage("settings");
        type("Name", "Ben Berater");
        type("E-Mail", CONSULTANT_EMAIL);
        select("Sprache", "English");
        type("Erstes Passwort", CONSULTANT_PASSWORD);
        press("Teammitglied hinzufügen");
        assertThat(pageText()).contains("Das Teammitglied ist hinzugefügt").contains("Ben Berater");
        checkPage("consultant-added");

        signOut();
        assertThat(pageText()).contains("Sie sind abgemeldet.");
        signIn(CONSULTANT_EMAIL, CONSULTANT_PASSWORD);
        // the owner knows this first password: Ben chooses his own before anything else
        assertThat(heading()).isEqualTo("Your profile");
        assertThat(pageText()).contains("Please choose your own password first.");
        follow("Dashboard");
        assertThat(heading()).isEqualTo("Your profile");
        type("Current password", CONSULTANT_PASSWORD);
        type("New password", "Tulpen schaukeln im Februarwind");
        type("Repeat the password", "Tulpen schaukeln im Februarwind");
        press("Change password");
        assertThat(pageText()).doesNotContain("Please choose your own password first.");
        follow("Dashboard");
        assertThat(heading()).isEqualTo("Hello, Ben Berater");
        checkPage("consultant-dashboard");
        follow("Settings");
        assertThat(pageText()).contains("Only the owner of the workspace can change these settings.");
        assertThat(driver.findElements(By.cssSelector("form[action='/settings/team']"))).isEmpty();
        checkPage("consultant-settings");

        // the same page on a phone: navigation wraps, tables turn into blocks, nothing needs sideways scrolling
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/settings");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        checkPage("consultant-settings-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
