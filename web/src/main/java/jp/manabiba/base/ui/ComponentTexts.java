package jp.manabiba.base.ui;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import jp.manabiba.i18n.Language;

/**
 * The texts Vaadin's components bring of their own (a grid's "Sort by", a password's "Show password", a calendar's
 * month names, an upload's buttons, a field's "required" message), in the reader's language, set in this one place.
 * {@link LanguageInitializer} runs it over the whole screen after each navigation, {@link FormDialog} over a dialog
 * when it opens, and a view that rebuilds part of itself after a click calls {@link #applyTo} on that part. What a
 * screen set itself (a date format, its own message) is kept; only what is missing is filled in.
 * A grid column without a header (a row's buttons) gets a visually hidden "actions" for screen readers.
 * {@code ComponentTextsTest} fails when a screen shows a component whose type has such texts without them.
 */
public final class ComponentTexts {

    /** The class that hides a text from the eye but not from a screen reader (manabiba.css). */
    public static final String VISUALLY_HIDDEN = "visually-hidden";
    /** Set on the UI of a child's screens: the few built-in texts a child meets are in kana. */
    private static final String CHILD = ComponentTexts.class.getName() + ".child";
    /** Set on a sign-in form once its password field's reveal button was labelled (that lives only in the browser). */
    private static final String REVEAL_LABELLED = ComponentTexts.class.getName() + ".reveal";

    /** The messages of Vaadin's own field validation, by the name of their bean property; the first key wins. */
    private static final Map<String, String> FIELD_MESSAGES = new LinkedHashMap<>();

    static {
        FIELD_MESSAGES.put("RequiredErrorMessage", "required");
        FIELD_MESSAGES.put("MinLengthErrorMessage", "too-short");
        FIELD_MESSAGES.put("MaxLengthErrorMessage", "too-long");
        FIELD_MESSAGES.put("PatternErrorMessage", "pattern");
        FIELD_MESSAGES.put("BadInputErrorMessage", "bad-input");
        FIELD_MESSAGES.put("MinErrorMessage", "too-small");
        FIELD_MESSAGES.put("MaxErrorMessage", "too-large");
        FIELD_MESSAGES.put("StepErrorMessage", "step");
    }

    private ComponentTexts() {
    }

    /** Applies the texts to every screen of this UI after each navigation; for a child in kana. */
    static void install(UI ui, boolean child) {
        ComponentUtil.setData(ui, CHILD, child);
        ui.addAfterNavigationListener(navigated -> applyTo(ui));
    }

    /** Fills in the built-in texts of the component and of everything inside it. */
    public static void applyTo(Component root) {
        Optional<UI> ui = root.getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
        Locale locale = ui.map(UI::getLocale).orElse(Language.DEFAULT.locale());
        boolean child = ui.map(shown -> Boolean.TRUE.equals(ComponentUtil.getData(shown, CHILD))).orElse(false);
        Texts texts = new Texts(root, locale, child);
        descendants(root).forEach(texts::apply);
    }

    /** True when the component's built-in texts are set: what {@code ComponentTextsTest} asks of every screen. */
    public static boolean hasTexts(Component component) {
        return switch (component) {
            case Grid<?> grid -> grid.getElement().getPropertyRaw("i18n") != null;
            case PasswordField field -> field.getI18n() != null && field.getElement().getPropertyRaw("i18n") != null;
            case LoginForm form -> Boolean.TRUE.equals(ComponentUtil.getData(form, REVEAL_LABELLED));
            case DatePicker picker -> picker.getI18n() instanceof CalendarTexts calendar && calendar.getMonthNames() != null;
            default -> i18nGetter(component).map(getter -> invoke(getter, component) != null).orElse(true);
        };
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ComponentTexts::descendants));
    }

    /** One pass over a screen, in one language. */
    private record Texts(Component root, Locale locale, boolean child) {

        String text(String key) {
            return root.getTranslation(locale, "component." + key);
        }

        void apply(Component component) {
            switch (component) {
                case DatePicker picker -> picker.setI18n(fieldMessages(CalendarTexts.of(picker.getI18n(), this::text, locale)));
                case TimePicker picker -> picker.setI18n(fieldMessages(
                        picker.getI18n() != null ? picker.getI18n() : new TimePicker.TimePickerI18n()
                                .setBadInputErrorMessage(text("time.bad-input"))));
                case MultiSelectComboBox<?> box -> box.setI18n(multiSelect(box.getI18n()));
                case Upload upload -> upload.setI18n(UploadTexts.of(this::text));
                case SideNav nav -> nav.setI18n(new SideNav.SideNavI18n().setToggle(text("side-nav.toggle")));
                case AppLayout layout -> layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(text("drawer")));
                case DrawerToggle toggle -> {
                    if (toggle.getAriaLabel().isEmpty()) {
                        toggle.setAriaLabel(text("drawer"));
                    }
                }
                case Grid<?> grid -> grid(grid);
                case PasswordField field -> {
                    validationTexts(field);
                    field.getElement().setPropertyMap("i18n", Map.of("reveal", reveal()));
                }
                case LoginForm form -> revealInSignInForm(form);
                default -> validationTexts(component);
            }
        }

        private String reveal() {
            return text(child ? "child.reveal" : "reveal");
        }

        /** A field's i18n object, created when the screen set none, with every message it has left empty filled. */
        private void validationTexts(Component component) {
            i18nGetter(component).ifPresent(getter -> {
                Object i18n = invoke(getter, component);
                if (i18n == null) {
                    try {
                        i18n = getter.getReturnType().getConstructor().newInstance();
                    } catch (ReflectiveOperationException abstractType) {
                        return; // hasTexts reports it: such a type needs its own case above
                    }
                }
                fieldMessages(i18n);
                try {
                    component.getClass().getMethod("setI18n", getter.getReturnType()).invoke(component, i18n);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private <T> T fieldMessages(T i18n) {
            FIELD_MESSAGES.forEach((property, key) -> {
                try {
                    Method getter = i18n.getClass().getMethod("get" + property);
                    if (getter.invoke(i18n) == null) {
                        i18n.getClass().getMethod("set" + property, String.class).invoke(i18n, text(key));
                    }
                } catch (NoSuchMethodException notThisType) {
                    // this component has no such message
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            return i18n;
        }

        private MultiSelectComboBoxI18n multiSelect(MultiSelectComboBoxI18n current) {
            MultiSelectComboBoxI18n i18n = fieldMessages(current != null ? current : new MultiSelectComboBoxI18n());
            return i18n.setCleared(text("multi.cleared")).setFocused(text("multi.focused"))
                    .setSelected(text("multi.selected")).setDeselected(text("multi.deselected"))
                    .setTotal(text("multi.total"));
        }

        /** Grid has no Java i18n in Vaadin 25.2: the sorter's and selection's words go to the element's property. */
        private void grid(Grid<?> grid) {
            grid.getElement().setPropertyMap("i18n", Map.of(
                    "sorter", text("grid.sorter"),
                    "selectAll", text("grid.select-all"),
                    "selectAllUnavailable", text("grid.select-all-unavailable"),
                    "selectRow", text("grid.select-row")));
            if (grid.getColumns().stream().anyMatch(Grid.Column::isSortable)) {
                // Flow 25.2's grid connector writes "Sort by <header>" on each sorter itself, in English, whenever it
                // draws a header: relabel every sorter from the grid's i18n, now and whenever the header is redrawn
                grid.getElement().executeJs("""
                        const grid = this;
                        const relabel = () => grid.querySelectorAll('vaadin-grid-sorter').forEach(sorter => {
                          const label = grid.i18n.sorter.replace('{column}', sorter.textContent.trim());
                          if (sorter.getAttribute('aria-label') !== label) { sorter.setAttribute('aria-label', label); }
                        });
                        if (!grid.__sorterLabels) {
                          grid.__sorterLabels = new MutationObserver(relabel);
                          grid.__sorterLabels.observe(grid, { subtree: true, childList: true, attributes: true,
                            attributeFilter: ['aria-label'] });
                        }
                        relabel();""");
            }
            for (Grid.Column<?> column : grid.getColumns()) {
                boolean unnamed = (column.getHeaderText() == null || column.getHeaderText().isBlank())
                        && column.getHeaderComponent() == null;
                if (unnamed) {
                    Span name = new Span(root.getTranslation(locale, "a11y.actions"));
                    name.addClassName(VISUALLY_HIDDEN);
                    column.setHeader(name);
                }
            }
        }

        /** The sign-in form draws its password field itself, in its light DOM, once it has rendered. */
        private void revealInSignInForm(LoginForm form) {
            form.getElement().executeJs("""
                    customElements.whenDefined('vaadin-login-form').then(async () => {
                      await this.updateComplete;
                      this.querySelectorAll('vaadin-password-field').forEach(f => { f.i18n = { ...f.i18n, reveal: $0 }; });
                    });""", reveal());
            ComponentUtil.setData(form, REVEAL_LABELLED, Boolean.TRUE);
        }
    }

    private static Optional<Method> i18nGetter(Component component) {
        try {
            return Optional.of(component.getClass().getMethod("getI18n"));
        } catch (NoSuchMethodException noTexts) {
            return Optional.empty();
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
