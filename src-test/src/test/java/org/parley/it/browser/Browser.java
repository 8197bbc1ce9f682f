package org.parley.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: a headless Debian Chromium with its own profile (so two of them are two
 * separate browser contexts with their own cookies), driven through Debian's chromedriver. It
 * knows the Parley server under test, signs in through the web client's form, waits for text,
 * and writes screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    /** How long any wait lasts before the test fails. */
    public static final Duration WAIT = Duration.ofSeconds(30);
    /** Narrower windows are phones (emulated as such). */
    public static final int PHONE_WIDTH = 600;
    /** The demo password of every demo account. */
    public static final String PASSWORD = "parley";

    private final String name;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private int timeouts;

    private Browser(String name, ChromeDriver driver) {
        this.name = name;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        // The client re-renders lists as presence and messages arrive: an element found a moment
        // ago may be gone, which means "not yet", not a failure.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Starts a browser.
     *
     * @param name names its screenshots, for example the user who will use it
     * @param width window width in CSS pixels (e.g. 1280 for a desktop; below {@link #PHONE_WIDTH}, such as 390, a phone)
     * @param height window height
     */
    public static Browser start(String name, int width, int height) {
        return start(name, width, height, List.of());
    }

    /**
     * Starts a browser with more Chromium command-line switches (for example to pick a tab for
     * screen capture without a dialog).
     *
     * @param arguments switches added after the usual headless ones
     */
    public static Browser start(String name, int width, int height, List<String> arguments) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("parley.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("parley.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--window-size=" + width + "," + height, "--lang=en-US");
        options.addArguments(arguments);
        if (width < PHONE_WIDTH) {
            // A phone: its screen size, pixel ratio and touch, as Chromium's device emulation gives them.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return new Browser(name, driver);
    }

    /** A desktop-sized browser. */
    public static Browser start(String name) {
        return start(name, 1280, 860);
    }

    /** The base URL of the Parley server under test, e.g. {@code http://127.0.0.1:19080}. */
    public static String server() {
        return "http://127.0.0.1:" + Integer.getInteger("parley.it.httpPort", 19080);
    }

    /** Opens a path of the Parley server (e.g. {@code /app/}). */
    public Browser open(String path) {
        return openUrl(server() + path);
    }

    /** Opens any URL (e.g. a page of another origin). */
    public Browser openUrl(String url) {
        driver.get(url);
        return this;
    }

    /** Opens the web client and signs in as {@code user} through its form; returns when the client is live. */
    public Browser signIn(String user) {
        open("/app/");
        var field = waitFor(By.id("signin-user"));
        field.clear();
        field.sendKeys(user);
        driver.findElement(By.id("signin-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("signin-submit")).click();
        waitFor(By.cssSelector("body[data-connection='live']"));
        return this;
    }

    /** Waits until an element is visible and returns it. */
    public WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until an element exists (visible or not) and returns it. */
    public WebElement waitForPresent(By locator) {
        return until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until {@code text} shows anywhere on the page. */
    public void waitForText(String text) {
        waitForText(By.tagName("body"), text);
    }

    /** Waits until {@code text} shows in the first element found by {@code within}. */
    public void waitForText(By within, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(within, text));
    }

    /** Waits until an attribute of an element has a value. */
    public void waitForAttribute(By locator, String attribute, String value) {
        until(ExpectedConditions.attributeToBe(locator, attribute, value));
    }

    /** Waits for any condition. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return until(condition);
    }

    /** Waits; when the wait fails, a screenshot and the page's console go with the failure. */
    private <T> T until(Function<? super WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            var shot = screenshot("timeout-" + (++timeouts));
            throw new TimeoutException(e.getMessage() + "\nScreenshot: " + shot + "\nConsole:\n" + consoleLog(), e);
        }
    }

    /** Clicks the element once it is clickable, again if the page re-rendered it meanwhile. */
    public void click(By locator) {
        until(d -> {
            try {
                var element = d.findElement(locator);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return null;
                }
                element.click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException | ElementClickInterceptedException e) {
                return null; // re-rendered, not there yet, or covered: try again
            }
        });
    }

    /** Clears a field and types into it. */
    public void type(By locator, String text) {
        var field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** All elements found now. */
    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Writes a PNG screenshot of the window to {@code target/screenshots/<browser>-<name>.png}. */
    public Path screenshot(String shot) {
        var dir = Path.of(System.getProperty("parley.it.screenshots", "target/screenshots"));
        var file = dir.resolve(name + "-" + shot + ".png");
        try {
            Files.createDirectories(dir);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** What the page wrote to its console (and its script errors) since the last call, one entry a line. */
    public String consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
    }

    /** The underlying WebDriver, for what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
