package dev.augenhoehe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: the whole app on a random loopback port, driven by Debian's headless Chromium through
 * Debian's chromedriver (so Selenium never downloads a driver), with axe-core from npm checking each page.
 * Without Chromium the journeys are skipped, unless {@code -Dbrowser.required=true} (CI) makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
public abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    protected static WebDriver driver;
    private static Path profile;
    private static String axeSource;
    private final AtomicInteger step = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.exists(AXE);
        if (!available && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + ", " + CHROMEDRIVER + " and " + AXE
                    + " (apt-get install chromium chromium-driver; npm ci)");
        }
        Assumptions.assumeTrue(available, "Chromium, chromedriver or axe-core missing: browser journeys skipped");
        axeSource = Files.readString(AXE);
        profile = Files.createTempDirectory("augenhoehe-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    protected String path() {
        return driver.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
    }

    /** The input whose visible label is exactly this text. */
    protected WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    protected void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    protected void select(String label, String visibleOption) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(visibleOption);
    }

    /** Clicks a button that submits a form and waits for the next page. For htmx buttons use {@link #click}. */
    protected void press(String buttonText) {
        loadingNextPage(() -> click(By.xpath("//button[normalize-space()=" + xpathLiteral(buttonText) + "]")));
    }

    protected void click(By locator) {
        driver.findElement(locator).click();
    }

    protected void follow(String linkText) {
        loadingNextPage(() -> click(By.linkText(linkText)));
    }

    /** Runs an action that loads a new page and waits until the old one is gone. */
    protected void loadingNextPage(Runnable action) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        // Chromium sometimes answers for the old page's node "does not belong to the document" instead of "stale":
        // both mean the old page is gone
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    protected String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a numbered screenshot of this step under target/screenshots/. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            String file = "%s-%02d-%s.png".formatted(getClass().getSimpleName(), step.incrementAndGet(), name);
            Files.write(SCREENSHOTS.resolve(file), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    protected void assertAccessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))));
                """);
        assertThat(violations).as("axe-core violations on " + path()).isEmpty();
    }

    /** Screenshot plus accessibility check: what every journey does on every page it reaches. */
    protected void checkPage(String name) {
        screenshot(name);
        assertAccessible();
    }

    /** The same page 390 pixels wide: nothing needs sideways scrolling, axe still finds nothing. */
    protected void onAPhone(String name) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scrolling on " + name).isLessThanOrEqualTo(0L);
        checkPage(name);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    protected void signIn(String email, String password) {
        open("/login");
        type(driver.findElement(By.cssSelector("label[for=username]")).getText(), email);
        type(driver.findElement(By.cssSelector("label[for=password]")).getText(), password);
        loadingNextPage(() -> click(By.cssSelector("form[action^='/login'] button[type=submit]")));
    }

    protected void signOut() {
        loadingNextPage(() -> click(By.cssSelector("form[action='/logout'] button")));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
