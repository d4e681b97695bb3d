package jp.manabiba.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.HouseholdPage;
import jp.manabiba.people.HouseholdPage.ConsentRow;
import jp.manabiba.people.HouseholdRecords;

/** The household's answer for each purpose today, and every decision before it. */
class ConsentsSection extends Div {

    ConsentsSection(HouseholdRecords records, HouseholdPage page, java.time.Clock clock, Runnable changed) {
        Div current = new Div();
        current.addClassName("consent-summary");
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            boolean granted = page.consents().stream().anyMatch(c -> c.current() && c.purpose() == purpose && c.granted());
            Span badge = new Span(getTranslation("consent.purpose." + purpose.name()) + ": "
                    + getTranslation(granted ? "consent.granted" : "consent.not-granted"));
            badge.getElement().getThemeList().add(granted ? "badge success" : "badge contrast");
            current.add(badge);
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ProgrammeZone.TOKYO);
        Grid<ConsentRow> history = new Grid<>();
        history.addColumn(c -> getTranslation("consent.purpose." + c.purpose().name())).setHeader(getTranslation("consent.purpose"));
        history.addColumn(c -> getTranslation(c.granted() ? "consent.given" : "consent.withdrawn")).setHeader(getTranslation("consent.decision"));
        history.addColumn(ConsentRow::givenBy).setHeader(getTranslation("consent.given-by"));
        history.addColumn(c -> getTranslation("consent.method." + c.method().name())).setHeader(getTranslation("consent.method"));
        history.addColumn(c -> date.format(c.decidedOn())).setHeader(getTranslation("consent.decided-on"));
        history.addColumn(c -> time.format(c.recordedAt())).setHeader(getTranslation("consent.recorded-at"));
        Screenful.show(history, page.consents());
        history.setEmptyStateText(getTranslation("empty.consents"));
        Button record = new Button(getTranslation("consent.record"), VaadinIcon.PLUS.create(),
                click -> ConsentDialog.create(records, page.id(), clock, changed).open());
        add(new H3(getTranslation("household.consents")), current, history, record);
    }
}
