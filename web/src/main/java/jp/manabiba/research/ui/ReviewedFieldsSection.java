package jp.manabiba.research.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.research.FieldReviewRow;
import jp.manabiba.research.ResearchFieldReviews;

/**
 * The fields that leave an export until a coordinator has reviewed them: one check box each, with who reviewed it
 * and when. Ticking is the review; unticking takes it back (both in the audit log).
 */
final class ReviewedFieldsSection extends Div {

    private final ResearchFieldReviews reviews;
    private final Div list = new Div();
    private long organisationId;

    ReviewedFieldsSection(ResearchFieldReviews reviews) {
        this.reviews = reviews;
        addClassName("research-reviewed-fields");
        add(new H2(getTranslation("research.reviewed.title")), new Paragraph(getTranslation("research.reviewed.help")), list);
    }

    void show(long organisation) {
        this.organisationId = organisation;
        list.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ProgrammeZone.TOKYO);
        for (FieldReviewRow row : reviews.list(organisation)) {
            Checkbox box = new Checkbox(getTranslation("research.field." + row.field().name()), row.reviewed());
            box.addClassName("research-field-" + row.field().name().toLowerCase(java.util.Locale.ROOT));
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    reviews.mark(organisationId, row.field(), change.getValue());
                    show(organisationId);
                }
            });
            Span by = new Span(row.reviewed() && row.reviewedAt() != null
                    ? getTranslation("research.reviewed.by", row.reviewer(), time.format(row.reviewedAt()))
                    : getTranslation("research.reviewed.not-yet"));
            by.addClassName("research-reviewed-by");
            Div line = new Div(box, by);
            line.addClassName("research-field");
            list.add(line);
        }
    }
}
