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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14, points 6 and 7, on the packaged production build (its own data folder and log): it starts without a
 * WARN, and a tutor who opens and leaves the live board, and a child who opens and leaves their home, 50 times each
 * while another child's hand goes up and down (so pushes are in flight as the pages go), leave no ERROR in the log —
 * leaving inside the app, by loading another page, and by signing out.
 */
class PushTeardownIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path WORK = Path.of(System.getProperty("manabiba.it.dir", "target/it")).resolve("push");
    private static final int ROUNDS = 50;

    private static Process app;
    private static int port;
    /** The log's WARN and ERROR lines up to the moment the app said it was ready. */
    private static List<String> startWarnings = List.of();

    @BeforeAll
    static void startTheProductionBuild() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed: the browser test is skipped");
        deleteTree(WORK.resolve("data"));
        Files.createDirectories(WORK);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home")).resolve("bin/java").toString(),
                "-jar", System.getProperty("manabiba.jar", "target/manabiba.jar"))
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("app.log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("MANABIBA_DATA_DIR", WORK.resolve("data").toString());
        app = builder.start();
        waitUntilHealthy(Duration.ofMinutes(3));
        startWarnings = logLines(" WARN ", " ERROR ");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void the_production_build_starts_on_an_empty_data_folder_without_a_warning() throws IOException {
        assertThat(startWarnings).as("WARN and ERROR lines of the start, in " + WORK.resolve("app.log"))
                .isEmpty();
    }

    @Test
    void leaving_the_board_and_the_childs_home_fifty_times_over_push_logs_no_error() throws Exception {
        ChromeDriver hands = chromium();
        ChromeDriver tutor = chromium();
        ChromeDriver child = chromium();
        Thread waving = null;
        try {
            signIn(hands, "/login?learner", "learner2");
            joinIfOpen(hands);
            signIn(tutor, "/login", "tutor2");
            // the demo's drop-in room runs at any hour: the first board on the tutor's home is the running session
            tutor.get(base() + "/supporter");
            button(tutor, "ボードを開く").click();
            new WebDriverWait(tutor, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/board/"));
            String board = tutor.getCurrentUrl();
            signIn(child, "/login?learner", "learner3");

            waving = Thread.ofVirtual().start(() -> wave(hands));
            for (int round = 0; round < ROUNDS; round++) {
                tutor.get(board);
                button(tutor, "出欠をなおす");
                child.get(base() + "/learner");
                new WebDriverWait(child, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".big-card")));
                Thread.sleep(300); // a push or two reaches the board
                switch (round % 3) {
                    case 0 -> { // inside the app: the router swaps the view, the push connection stays
                        click(tutor, tutor.findElement(By.cssSelector("vaadin-side-nav-item[path='sessions']")));
                        click(child, child.findElement(By.cssSelector("a.big-link")));
                    }
                    case 1 -> { // another page: the browser closes the push connection
                        tutor.get(base() + "/account");
                        child.get(base() + "/learner/settings");
                    }
                    default -> { // signing out ends the session under an open push connection
                        signOut(tutor);
                        signOut(child);
                        signIn(tutor, "/login", "tutor2");
                        signIn(child, "/login?learner", "learner3");
                    }
                }
            }
            Thread.sleep(2000);
        } finally {
            if (waving != null) {
                waving.interrupt();
                waving.join(10_000);
            }
            hands.quit();
            tutor.quit();
            child.quit();
        }

        assertThat(logLines(" ERROR ", "Failed to cancel resource", "WebSocket session has been closed"))
                .as("ERROR lines in " + WORK.resolve("app.log")).isEmpty();
    }

    /** The other child raises and lowers their hand until interrupted: each time the board redraws through push. */
    private static void wave(WebDriver hands) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                hands.findElements(By.cssSelector("vaadin-button.hand-button")).stream().findFirst()
                        .ifPresent(WebElement::click);
                Thread.sleep(250);
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException redrawnMeanwhile) {
                // the card was redrawn under the click: the next round finds the new button
            }
        }
    }

    /** A click as a finger makes it, on an element that may lie below the fold. */
    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void joinIfOpen(ChromeDriver browser) {
        String home = browser.getWindowHandle();
        List<WebElement> join = browser.findElements(By.cssSelector("a.join-link"));
        if (!join.isEmpty()) {
            join.getFirst().click();
            for (String tab : browser.getWindowHandles()) {
                if (!tab.equals(home)) {
                    browser.switchTo().window(tab).close();
                }
            }
            browser.switchTo().window(home);
        }
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.hand-button")));
    }

    private static void signIn(WebDriver browser, String page, String username) {
        browser.get(base() + page);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("manabiba-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    private static void signOut(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space()='サインアウト']"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private static WebElement button(WebDriver browser, String text) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='" + text + "']")));
    }

    private static List<String> logLines(String... markers) throws IOException {
        try (Stream<String> lines = Files.lines(WORK.resolve("app.log"))) {
            return lines.filter(line -> Stream.of(markers).anyMatch(line::contains)).toList();
        }
    }

    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return driver;
    }

    private static String base() {
        return "http://localhost:" + port;
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
                        URI.create(base() + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
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
