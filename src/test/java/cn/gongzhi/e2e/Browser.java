package cn.gongzhi.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/**
 * One person's browser: Debian's headless Chromium driven through Debian's ChromeDriver (nothing is downloaded), with
 * a fresh profile, China time, and every step of the journey written as a screenshot to {@code target/e2e/<journey>/}.
 * A step that fails says which journey and which step, and leaves a screenshot of what the person saw.
 */
public final class Browser implements AutoCloseable {

    /** The flags these machines need: no sandbox as root, and no connection attempts to the internet. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--lang=zh-CN");

    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final Path DOCS = Path.of("docs", "screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String journey;
    private final String base;
    private int steps;

    private Browser(String base, String journey, int width, int height, boolean phone) {
        this.base = base;
        this.journey = journey;
        try {
            this.profile = Files.createTempDirectory("gongzhi-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true), "userAgent",
                    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0"
                            + " Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANG", "zh_CN.UTF-8"))
                .build();
        org.springframework.util.FileSystemUtils.deleteRecursively(SCREENSHOTS.resolve(slug(journey)).toFile());
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A desktop browser (1366 × 900), as staff use at the community office. */
    static Browser desktop(int port, String journey) {
        return new Browser("http://localhost:" + port, journey, 1366, 900, false);
    }

    /** A phone-sized browser (390 × 844, touch, mobile user agent), as residents use. */
    static Browser phone(int port, String journey) {
        return new Browser("http://localhost:" + port, journey, 390, 844, true);
    }

    /** Runs one step; on failure the error names the journey and the step, with a screenshot of the moment. */
    public <T> T step(String description, java.util.concurrent.Callable<T> action) {
        int number = ++steps;
        try {
            T result = action.call();
            screenshot(String.format("%02d-%s", number, slug(description)));
            return result;
        } catch (Throwable failure) {
            Path shot = screenshot(String.format("%02d-%s-FAILED", number, slug(description)));
            throw new AssertionError(journey + ", step " + number + " (" + description + ") failed: "
                    + failure.getMessage() + (shot == null ? "" : " [screenshot " + shot + "]"), failure);
        }
    }

    public void step(String description, Runnable action) {
        step(description, () -> {
            action.run();
            return null;
        });
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Opens a page that asks for the browser's login (HTTP Basic), answering it with the user's credentials. */
    public void openAs(String user, String password, String path) {
        driver.get(base.replace("://", "://" + user + ":" + password + "@") + path);
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(By by, String text) {
        WebElement field = waitUntil(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types into a Camunda Form field over what it held (selected, not cleared: clearing blurs the field mid-way),
     * then waits for form-js, which applies a change about 300 ms later and redraws the form, and checks the value
     * stuck: text typed into the next field inside that gap would otherwise be lost.
     */
    public void typeOver(By by, String text) {
        WebElement field = waitUntil(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        String before = field.getDomProperty("value");
        if (before != null && !before.isEmpty()) {
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        }
        field.sendKeys(text);
        settle();
        String kept = find(by).getDomProperty("value");
        if (!text.equals(kept)) {
            throw new AssertionError(by + " holds \"" + kept + "\" instead of what was typed, \"" + text + "\"");
        }
    }

    /** Gives form-js the time to apply the last change (see {@link #typeOver}). */
    public static void settle() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Clicks the element once it is clickable. Tasklist's lists redraw themselves (a refresh, a new task): an element
     * found just before a redraw is gone when clicked, and is looked up again (up to three times).
     */
    public void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(by));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                        element);
                element.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                // a tooltip of what the pointer rests on (Tasklist shows a filter's description above it) covers the
                // target: move the pointer onto the target, as a person would, and let the tooltip go
                if (attempt == 3) {
                    throw e;
                }
                new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(by)).perform();
                pauseMillis(500);
            }
        }
    }

    private static void pauseMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the element's text contains the expected text, and returns the text. */
    public String waitForText(By by, String expected) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return driver.findElement(by).getText();
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    public <T> T waitUntil(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** Scrolls the element into the middle of the screen, so the step's screenshot shows it. */
    public WebElement reveal(By by) {
        WebElement element = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * The phone's position as its owner allowed this site to read it: geolocation granted to the application's
     * address and the position set (WGS 84), through Chromium's DevTools protocol.
     */
    public void allowGeolocation(double latitude, double longitude) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", base, "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", latitude, "longitude", longitude, "accuracy", 10));
    }

    /** The phone's owner refused this site her position: geolocation denied to the application's address. */
    public void denyGeolocation() {
        ((ChromeDriver) driver).executeCdpCommand("Browser.setPermission", Map.of("origin", base,
                "permission", Map.of("name", "geolocation"), "setting", "denied"));
    }

    /** Copies the last screenshot to docs/screenshots/ under the given name when run with -De2e.update-docs=true. */
    public void keyScreenshot(String name) {
        Path shot = screenshot("key-" + name);
        if (shot != null && Boolean.getBoolean("e2e.update-docs")) {
            try {
                Files.createDirectories(DOCS);
                Files.copy(shot, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Path screenshot(String name) {
        try {
            Path directory = SCREENSHOTS.resolve(slug(journey));
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
