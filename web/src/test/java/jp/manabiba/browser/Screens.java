package jp.manabiba.browser;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Measurements of what the browser shows: touch targets, actions outside the window, the connection message. */
final class Screens {

    /** The controls people press; their light-DOM elements carry the size that a finger meets. */
    private static final String CONTROLS = "vaadin-button, a[href], vaadin-password-field-button, vaadin-select, "
            + "vaadin-text-field, vaadin-password-field, vaadin-drawer-toggle, vaadin-radio-button, vaadin-side-nav-item, "
            + "vaadin-checkbox, vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-time-picker, "
            + "vaadin-integer-field, vaadin-email-field, vaadin-text-area, vaadin-grid-sorter, vaadin-upload-button";

    private Screens() {
    }

    /** Every visible control smaller than 44 x 44 px, described as "tag 'text' w x h". */
    static List<String> tooSmallToTouch(WebDriver browser) {
        return strings(browser, """
                return [...document.querySelectorAll(arguments[0])]
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44))
                  .map(([e, r]) => e.localName + " '" + (e.innerText || e.getAttribute('aria-label') || '').trim()
                       + "' " + Math.round(r.width) + 'x' + Math.round(r.height));""");
    }

    /** Every visible button or link whose box reaches past the left or right edge of the window. */
    static List<String> outsideTheWindow(WebDriver browser) {
        return strings(browser, """
                return [...document.querySelectorAll('vaadin-button, a[href]')]
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 0 && r.height > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5))
                  .filter(([e, r]) => !e.closest('vaadin-app-layout > [slot=drawer]') && !e.closest('[slot=drawer]'))
                  .map(([e, r]) => e.localName + " '" + (e.innerText || '').trim() + "' " + Math.round(r.left) + '..'
                       + Math.round(r.right) + ' of ' + window.innerWidth);""");
    }

    /** The text of Vaadin's connection indicator while it shows one (empty when it shows none). */
    static String connectionMessage(WebDriver browser) {
        Object text = ((JavascriptExecutor) browser).executeScript("""
                const i = window.Vaadin && window.Vaadin.connectionIndicator;
                const m = i && i.querySelector('.v-status-message');
                return m && getComputedStyle(m).opacity !== '0' ? m.innerText : '';""");
        return text == null ? "" : text.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(WebDriver browser, String script) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script, CONTROLS);
    }
}
