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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged production build, started as a user starts it (java -jar, embedded MariaDB, demo data), driven
 * by Debian's headless Chromium: a child signs in and sees their home in Japanese, every control of the sign-in page
 * and the child's screens is at least 44 x 44 px, a dropped connection is said in kana and the action made meanwhile
 * arrives, and the sessions list and the board keep every action inside the window, at 1366x768 and on a tablet.
 * Every screen of every role's menu passes axe-core, is touch-sized on a tablet and speaks Japanese only (issue 14).
 * All of it under Manabiba's Content-Security-Policy: no test may leave a CSP violation in the browser's console.
 */
class BrowserSmokeIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path WORK = Path.of(System.getProperty("manabiba.it.dir", "target/it"));

    private static final Dimension DESKTOP = new Dimension(1366, 768);
    /** A 10-inch tablet, upright. */
    private static final Dimension TABLET = new Dimension(800, 1280);

    private static Process app;
    private static int port;
    /** Console messages of every browser of this class that report a Content-Security-Policy violation. */
    private static final List<String> CSP_VIOLATIONS = new CopyOnWriteArrayList<>();

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
        waitUntilHealthy(Duration.ofMinutes(6)); // a start takes 2-3 min on the shared 2-core machine
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
        assertThat(CSP_VIOLATIONS).as("Content-Security-Policy violations in the browser's console").isEmpty();
    }

    @Test
    void a_child_signs_in_and_sees_their_home_in_japanese() throws IOException {
        WebDriver browser = chromium();
        try {
            browser.get("http://localhost:" + port + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            screenshot(browser, "login.png");
            assertThat(Screens.tooSmallToTouch(browser)).as("the sign-in page at 1366x768").isEmpty();

            signIn(browser, "learner");

            wait.until(ExpectedConditions.urlMatches(".*/learner([?].*)?$"));
            // the demo child has furigana on every kanji: 山田 carries its recorded kana as ruby
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "ひなたさん"));
            assertThat(browser.findElement(By.cssSelector("h2 ruby rt")).getText()).isEqualTo("やまだ");
            screenshot(browser, "learner-home.png");
            assertThat(browser.findElement(By.cssSelector(".big-card h3")).getText()).isEqualTo("きょうの じゅぎょう");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
            assertThat(Screens.tooSmallToTouch(browser)).as("the child's home at 1366x768").isEmpty();

            browser.manage().window().setSize(TABLET);
            screenshot(browser, "learner-home-tablet.png");
            assertThat(Screens.tooSmallToTouch(browser)).as("the child's home on a tablet").isEmpty();
        } finally {
            quit(browser, "child-home");
        }
    }

    /** Issue 8, point 8: the policy the browser tests run under is the one users get. */
    @Test
    void the_production_build_sends_its_content_security_policy() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
    }

    @Test
    void the_childrens_sign_in_page_is_touch_sized_on_a_tablet() throws IOException {
        WebDriver browser = chromium();
        try {
            browser.manage().window().setSize(TABLET);
            browser.get("http://localhost:" + port + "/login?learner");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            screenshot(browser, "login-learner-tablet.png");
            assertThat(Screens.tooSmallToTouch(browser)).as("the children's sign-in page on a tablet").isEmpty();
        } finally {
            quit(browser, "children-sign-in");
        }
    }

    /** Issue 7, points 1 and 3: the meeting can be opened again; a dropped connection is said in kana, and kept. */
    @Test
    void a_child_in_a_session_can_reopen_it_and_is_told_when_the_connection_drops() throws IOException {
        ChromeDriver browser = chromium();
        try {
            browser.manage().window().setSize(TABLET);
            browser.get("http://localhost:" + port + "/login?learner");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            signIn(browser, "learner2");
            // the demo's drop-in room is open at any hour: the join link is there
            String home = browser.getWindowHandle();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.join-link"))).click();
            for (String tab : browser.getWindowHandles()) {
                if (!tab.equals(home)) {
                    browser.switchTo().window(tab).close();
                }
            }
            browser.switchTo().window(home);

            WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.reopen-link")));
            assertThat(again.getText()).isEqualTo("もういちど ひらく");
            assertThat(again.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            button(wait, "てを あげる").click();
            button(wait, "てを おろす");
            screenshot(browser, "learner-during-tablet.png");
            assertThat(Screens.tooSmallToTouch(browser)).as("the child's home during a session").isEmpty();

            browser.setNetworkConditions(offline(true));
            button(wait, "てを おろす").click(); // tapped while offline: Vaadin keeps it and sends it when back
            // offline: "not connected"; with a tap waiting to be sent: "connecting again" — both in a child's words
            wait.until(driver -> Screens.connectionMessage(driver).matches(".*(つながって いないよ|つなぎなおして いるよ).*"));
            screenshot(browser, "learner-offline-tablet.png");

            browser.setNetworkConditions(offline(false));
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> !driver.findElements(
                    By.xpath("//vaadin-button[normalize-space()='てを あげる']")).isEmpty());
            wait.until(driver -> Screens.connectionMessage(driver).contains("つながったよ"));
            screenshot(browser, "learner-back-tablet.png");
        } finally {
            quit(browser, "child-session");
        }
    }

    /** Issue 7, point 12: every action of the sessions list and the live board lies inside the window. */
    @Test
    void the_sessions_list_and_the_board_keep_every_action_in_view() throws IOException {
        for (Dimension size : List.of(DESKTOP, TABLET)) {
            WebDriver browser = chromium();
            try {
                browser.manage().window().setSize(size);
                browser.get("http://localhost:" + port + "/login");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
                signIn(browser, "tutor2");
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                browser.get("http://localhost:" + port + "/sessions");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sessions-grid vaadin-button")));
                screenshot(browser, "sessions-" + size.getWidth() + ".png");
                assertThat(Screens.outsideTheWindow(browser)).as("the sessions list at %s", size).isEmpty();

                button(wait, "ボードを開く").click();
                wait.until(ExpectedConditions.urlContains("/board/"));
                button(wait, "出欠をなおす");
                screenshot(browser, "board-" + size.getWidth() + ".png");
                assertThat(Screens.outsideTheWindow(browser)).as("the board at %s", size).isEmpty();
            } finally {
                quit(browser, "sessions-and-board-" + size.getWidth());
            }
        }
    }

    /** Issue 14, point 8: the page names its manifest, the service worker registers and keeps only the offline page. */
    @Test
    void the_app_installs_and_its_service_worker_keeps_only_the_offline_page() throws IOException {
        ChromeDriver browser = chromium();
        try {
            browser.get("http://localhost:" + port + "/login?learner");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            assertThat(browser.findElement(By.cssSelector("link[rel='manifest']")).getAttribute("href"))
                    .endsWith("/manifest.webmanifest");

            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            @SuppressWarnings("unchecked")
            Map<String, Object> worker = (Map<String, Object>) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.serviceWorker.ready.then(async (registration) => {
                      const kept = [];
                      for (const name of await caches.keys()) {
                        for (const request of await (await caches.open(name)).keys()) {
                          kept.push(new URL(request.url).pathname);
                        }
                      }
                      done({ script: new URL(registration.active.scriptURL).pathname, kept });
                    }, (error) => done({ error: String(error) }));""");
            assertThat(worker).containsEntry("script", "/sw.js").containsEntry("kept", List.of("/offline.html"));
            List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(entry -> entry.getMessage()).toList();
            assertThat(errors).as("console errors while the app registers its service worker").isEmpty();
        } finally {
            quit(browser, "installed-app");
        }
    }

    /**
     * The sizes the walk looks at: a Chromebook's screen with a mouse, and a 10-inch tablet upright and lying, by touch.
     * axe-core and the language check run at the first two; lying, the tablet shows the same page wider, so only the
     * controls are measured again (axe-core is the slow part of the walk).
     */
    enum Viewport {
        DESKTOP(1366, 768, false, true), TABLET_PORTRAIT(800, 1280, true, true), TABLET_LANDSCAPE(1280, 800, true, false);

        final int width;
        final int height;
        final boolean touch;
        final boolean audit;

        Viewport(int width, int height, boolean touch, boolean audit) {
            this.width = width;
            this.height = height;
            this.touch = touch;
            this.audit = audit;
        }

        String slug() {
            return width + "x" + height;
        }
    }

    /**
     * Issue 14: every role's sign-in page, home and menu, at each size: no axe-core violation of any impact, every
     * control at least 44 x 44 px on the touch screen, and no English in the Japanese interface. The menu is read
     * from the page, so a new menu entry is walked without touching this test.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "coordinator", "tutor", "volunteer", "teacher", "learner"})
    void every_screen_of_every_role_passes_axe_with_touch_sized_controls_and_japanese_text(String user) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Viewport viewport : Viewport.values()) {
            ChromeDriver browser = chromium(viewport);
            try {
                if (SIGN_IN_PAGES.containsKey(user)) {
                    findings.addAll(look(browser, SIGN_IN_PAGES.get(user), viewport, user + "-sign-in"));
                } else {
                    browser.get("http://localhost:" + port + "/login");
                    ScreenWalk.settle(browser);
                }
                signIn(browser, user);
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                ScreenWalk.settle(browser);
                List<String> routes = new ArrayList<>(List.of(URI.create(browser.getCurrentUrl()).getPath()));
                ScreenWalk.menu(browser).stream().filter(route -> !routes.contains(route)).forEach(routes::add);
                for (String route : routes) {
                    findings.addAll(look(browser, route, viewport, user + route.replace('/', '-')));
                }
            } finally {
                quit(browser, "walk-" + user + "-" + viewport.slug());
            }
        }
        assertThat(findings).as("what the walk found for %s", user).isEmpty();
    }

    /** The two sign-in pages, each looked at in the walk of one role that uses it. */
    private static final Map<String, String> SIGN_IN_PAGES = Map.of("admin", "/login", "learner", "/login?learner");

    /** Opens one page and says what is wrong with it; its screenshot goes to walk-<name>-<size>.png. */
    private static List<String> look(WebDriver browser, String path, Viewport viewport, String name) throws IOException {
        browser.get("http://localhost:" + port + path);
        ScreenWalk.settle(browser);
        screenshot(browser, "walk-" + name + "-" + viewport.slug() + ".png");
        List<String> found = new ArrayList<>();
        if (viewport.audit) {
            ScreenWalk.axeViolations(browser).forEach(violation -> found.add("axe " + violation));
            ScreenWalk.englishTexts(browser).forEach(text -> found.add("English: " + text));
        }
        if (viewport.touch) {
            assertThat(((JavascriptExecutor) browser).executeScript("return matchMedia('(pointer: coarse)').matches"))
                    .as("the tablet's pointer is a finger").isEqualTo(true);
            Screens.tooSmallToTouch(browser).forEach(control -> found.add("too small to touch: " + control));
        }
        return found.stream().map(finding -> path + " at " + viewport.slug() + ": " + finding).toList();
    }

    /** The last screen of a test, kept beside the others so that a failure can be seen, then the browser closed. */
    private static void quit(WebDriver browser, String test) throws IOException {
        try {
            screenshot(browser, "last-" + test + ".png");
            keepCspViolations(browser, test);
        } finally {
            browser.quit();
        }
    }

    /** The console of the whole test, kept in console-<test>.log; violations of the policy fail the class. */
    private static void keepCspViolations(WebDriver browser, String test) throws IOException {
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
        Files.write(WORK.resolve("console-" + test + ".log"), console);
        console.stream().filter(line -> line.contains("Content Security Policy"))
                .map(line -> test + ": " + line).forEach(CSP_VIOLATIONS::add);
    }

    private static void signIn(WebDriver browser, String username) {
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("manabiba-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    private static WebElement button(WebDriverWait wait, String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='" + text + "']")));
    }

    private static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    private static ChromeDriver chromium() {
        return chromium(Viewport.DESKTOP);
    }

    /** A browser of the viewport's size; a touch viewport emulates a touch screen, so CSS sees {@code pointer: coarse}. */
    private static ChromeDriver chromium(Viewport viewport) {
        ChromeOptions options = new ChromeOptions();
        if (viewport.touch) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", viewport.width, "height", viewport.height, "pixelRatio", 1.0, "touch", true, "mobile", false)));
        }
        options.setBinary(CHROMIUM.toFile());
        // headless, and quiet: this machine's network reaches nothing but localhost
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=ja");
        // the console, to find Content-Security-Policy violations in it
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(viewport.touch ? TABLET : DESKTOP);
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
