package dev.augenhoehe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.accounts.TestCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two-step sign-in by keyboard: set it up from the profile (QR code and typed key), keep the recovery codes, sign
 * in with the code and remember the device, then sign in again without the code; the owner requires it for all.
 * axe-core on every page, at 1,280 and 390 pixels wide without sideways scrolling.
 */
class TwoStepJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void setUpSignInWithTheCodeAndRememberTheDevice() {
        TestUser owner = TestAccounts.setUpInstance(context, "Two Step Journey GmbH");
        signIn(owner.email(), owner.password());
        open("/profile");
        assertThat(pageText()).contains("Two-step sign-in is off.");
        follow("Set up two-step sign-in");
        assertThat(heading()).isEqualTo("Set up two-step sign-in");
        assertThat(driver.findElement(By.cssSelector("img.qr")).getAttribute("naturalWidth")).isNotEqualTo("0");
        checkPage("set-up");
        onAPhone("set-up-phone");
        String key = driver.findElement(By.id("secret")).getText();

        WebElement code = field("6-digit code from your app");
        code.sendKeys("12");
        loadingNextPage(() -> code.sendKeys(Keys.ENTER));
        assertThat(pageText()).contains("This code does not fit.");
        checkPage("set-up-wrong-code");
        WebElement again = field("6-digit code from your app");
        again.sendKeys(TestCodes.code(key, -1));
        loadingNextPage(() -> again.sendKeys(Keys.ENTER));
        assertThat(heading()).isEqualTo("Two-step sign-in");
        assertThat(pageText()).contains("Two-step sign-in is on.").contains("Your recovery codes");
        assertThat(driver.findElements(By.cssSelector("ul.code-list code"))).hasSize(10);
        checkPage("recovery-codes");
        onAPhone("recovery-codes-phone");

        signOut();
        signIn(owner.email(), owner.password());
        assertThat(path()).isEqualTo("/login/code");
        assertThat(heading()).isEqualTo("Your code");
        checkPage("code-page");
        onAPhone("code-page-phone");
        open("/clients");
        assertThat(path()).as("nothing else before the code").isEqualTo("/login/code");
        // keyboard only: the code field has the focus, Tab reaches the checkbox, Space ticks it, Enter sends
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("code");
        focused.sendKeys(TestCodes.code(key, 0));
        focused.sendKeys(Keys.TAB);
        WebElement remember = driver.switchTo().activeElement();
        assertThat(remember.getAttribute("id")).isEqualTo("remember");
        remember.sendKeys(Keys.SPACE);
        assertThat(remember.isSelected()).isTrue();
        loadingNextPage(() -> remember.sendKeys(Keys.ENTER));
        assertThat(path()).isEqualTo("/");
        assertThat(heading()).startsWith("Hello");

        signOut();
        signIn(owner.email(), owner.password());
        assertThat(path()).as("a remembered device skips the code").isEqualTo("/");

        open("/settings");
        WebElement require = field("Require two-step sign-in for everyone in this workspace");
        require.sendKeys(Keys.SPACE);
        loadingNextPage(() -> require.submit());
        assertThat(pageText()).contains("Two-step sign-in is now required for everyone.");
        checkPage("settings-required");

        open("/profile/two-step");
        assertThat(pageText()).contains("so you cannot switch it off");
        checkPage("two-step-on");
    }
}
