package jp.manabiba.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged production build, started as a user starts it (java -jar, embedded MariaDB, demo data), driven
 * by Debian's headless Chromium: a child signs in and sees their home in Japanese.
 */
class BrowserSmokeIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path WORK = Path.of(System.getProperty("manabiba.it.dir", "target/it"));

    private static Process app;
    private static int port;

    @BeforeAll
    static void startTheProductionBuild() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed: the browser test is skipped "
                        + "(.ci/run installs them)");
        deleteTree(WORK.resolve("data"));
        Files.createDirectories(WORK);
        port = freePort();
        Path javaHome = Path.of(System.getProperty("java.home"));
        ProcessBuilder builder = new ProcessBuilder(javaHome.resolve("bin/java").toString(),
                "-jar", System.getProperty("manabiba.jar", "target/manabiba.jar"))
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("app.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("MANABIBA_DATA_DIR", WORK.resolve("data").toString());
        app = builder.start();
        waitUntilHealthy(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void a_child_signs_in_and_sees_their_home_in_japanese() throws IOException {
        WebDriver browser = chromium();
        try {
            browser.get("http://localhost:" + port + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            screenshot(browser, "login.png");

            browser.findElement(By.cssSelector("input[name='username']")).sendKeys("learner");
            browser.findElement(By.cssSelector("input[name='password']")).sendKeys("manabiba-demo");
            browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();

            wait.until(ExpectedConditions.urlMatches(".*/learner([?].*)?$"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "こんにちは、山田 ひなたさん"));
            screenshot(browser, "learner-home.png");
            assertThat(browser.findElement(By.cssSelector(".big-card h3")).getText()).isEqualTo("きょうの じゅぎょう");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
            assertThat(browser.findElement(By.cssSelector(".big-link")).getSize().getHeight())
                    .as("a child's touch target").isGreaterThanOrEqualTo(44);
            // the demo's online study hour runs every afternoon and evening: when it is open, the join button is big
            browser.findElements(By.cssSelector(".join-button")).forEach(join ->
                    assertThat(join.getSize().getHeight()).as("the join button").isGreaterThanOrEqualTo(44));

            browser.manage().window().setSize(new Dimension(800, 1280)); // a 10-inch tablet, upright
            screenshot(browser, "learner-home-tablet.png");
        } finally {
            browser.quit();
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // headless, and quiet: this machine's network reaches nothing but localhost
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return driver;
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(WORK.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void waitUntilHealthy(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app stopped; see " + WORK.resolve("app.log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app was not healthy within " + limit + "; see " + WORK.resolve("app.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
