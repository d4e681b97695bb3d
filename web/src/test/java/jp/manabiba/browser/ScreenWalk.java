package jp.manabiba.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the screen walk checks on one page: axe-core's rules (any violation, of any impact), controls smaller than
 * a finger on a touch screen, and English words in the Japanese interface.
 */
final class ScreenWalk {

    /**
     * Words that may stand in Latin letters on a Japanese screen: what users typed or were given (the demo's user
     * names), names of formats, and the units and examples a message shows.
     */
    private static final Set<String> ALLOWED_WORDS = Set.of(
            // names of formats, standards and products the help texts name
            "CSV", "ICS", "ZIP", "URL", "ID", "OneRoster", "Japan", "Profile", "Google", "Outlook", "Microsoft",
            "PDF", "JPEG", "PNG", "Excel", "xlsx", "UTF", "BOM",
            // the programme's own names: Education for Sustainable Development and the UN's goals, as Japan writes them
            "ESD", "SDGs",
            // the language choice names each language in its own words, so that a reader of either finds it
            "Language", "English",
            // the demo's data: user names and a supporter's background
            "admin", "coordinator", "tutor", "volunteer", "teacher", "learner", "OG");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*[A-Za-z]");
    /** Addresses and e-mail addresses are data, not words of the interface. */
    private static final Pattern ADDRESS = Pattern.compile("(https?://|webcal://)\\S+|\\S+@\\S+|\\S+\\.(ics|csv|zip)\\b");

    private ScreenWalk() {
    }

    /** The paths of the menu the signed-in user sees, in its order. */
    @SuppressWarnings("unchecked")
    static List<String> menu(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))
                  .filter(p => p !== null).map(p => p.startsWith('/') ? p : '/' + p);""");
    }

    /** Waits until Vaadin has answered every request and the browser has drawn the result. */
    static void settle(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("""
                        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                        return document.readyState === 'complete' && !!clients && Object.keys(clients).length > 0
                          && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
        ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }

    /** axe-core's violations, each as "rule (impact): where". */
    static List<String> axeViolations(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add("axe-core did not finish: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            found.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream().limit(4)
                    .map(node -> node.getTarget() + " " + abbreviated(node.getHtml())).toList());
        }
        return found;
    }

    /** Visible texts and accessible names that hold a word in Latin letters outside the allowed ones. */
    static List<String> englishTexts(WebDriver browser) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const found = [];
                const shown = el => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
                const walk = root => {
                  const nodes = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                  for (let n = nodes.nextNode(); n; n = nodes.nextNode()) {
                    if (n.nodeType === Node.TEXT_NODE) {
                      const parent = n.parentElement;
                      if (parent && !['SCRIPT', 'STYLE'].includes(parent.tagName) && n.textContent.trim() && shown(parent)) {
                        found.push(n.textContent.trim());
                      }
                      continue;
                    }
                    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                      const value = n.getAttribute(name);
                      if (value && value.trim() && shown(n)) { found.push(name + '=' + value.trim()); }
                    }
                    if (n.shadowRoot) { walk(n.shadowRoot); }
                  }
                };
                walk(document.body);
                return found;""");
        List<String> english = new ArrayList<>();
        for (String text : texts) {
            String withoutData = ADDRESS.matcher(text.replaceFirst("^(aria-label|title|placeholder|alt)=", "")).replaceAll(" ");
            Matcher words = WORD.matcher(withoutData);
            while (words.find()) {
                if (!ALLOWED_WORDS.contains(words.group()) && !ALLOWED_WORDS.contains(words.group().replaceAll("\\d+$", ""))) {
                    english.add("'" + abbreviated(text) + "'");
                    break;
                }
            }
        }
        return english.stream().distinct().toList();
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
