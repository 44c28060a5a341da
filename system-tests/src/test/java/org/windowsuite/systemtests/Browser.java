package org.windowsuite.systemtests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through Debian's chromedriver, a fresh profile per test. A failed test leaves a
 * screenshot and the page's HTML under target/screenshots.
 */
final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private WebDriver driver;
    private Path profile;
    private String base;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // the machine's network is closed: no background connections, no component or sync downloads
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            screenshot("FAILED-" + name);
            try {
                Files.writeString(SCREENSHOTS.resolve("FAILED-" + name + ".html"), driver.getPageSource());
            } catch (IOException | RuntimeException e) {
                // the screenshot is what matters
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    Browser at(String gateway) {
        this.base = gateway;
        return this;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** The local stack's dev sign-in: staff id and one role. */
    void signIn(String area, String staffId, String role) {
        driver.manage().deleteAllCookies();
        open("/" + area + "/sign-in");
        type("staffId", staffId);
        driver.findElement(By.cssSelector("input[type=checkbox][name=roles][value='" + role + "']")).click();
        driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor(d -> d.findElement(By.id("me")).getText().contains(staffId));
    }

    void type(String id, String text) {
        WebElement e = element(id);
        e.clear();
        e.sendKeys(text);
    }

    void select(String id, String value) {
        new Select(element(id)).selectByValue(value);
    }

    void click(String id) {
        element(id).click();
    }

    String text(String id) {
        return element(id).getText();
    }

    /**
     * The element once the page holding it is there: a click on a submit button can return before the browser has
     * left the page it was on, so the next page's fields are looked for until they appear.
     */
    private WebElement element(String id) {
        return waitFor(d -> d.findElement(By.id(id)));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** A tablet held upright (iPad Air: 820 css px wide). */
    void tablet() {
        driver.manage().window().setSize(new Dimension(820, 1180));
    }

    boolean fitsTheWindow() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    WebDriver driver() {
        return driver;
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        // a page being replaced by the next one leaves stale elements behind: look again
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Reloads until the condition holds: for what other services announce asynchronously. */
    void reloadUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class).until(d -> {
            d.navigate().refresh();
            return condition.apply(d);
        });
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
