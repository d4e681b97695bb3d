package jp.manabiba.learning.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The pictures of the four steps, drawn here (no image files, nothing from elsewhere): a seed in the soil, a
 * sprout, a young plant and a tree in flower, so a child who cannot read the words yet still sees "more".
 * Decorative for screen readers: the kana label beside each picture says the step.
 */
final class RatingPicture {

    private static final String SOIL = "<rect x='4' y='40' width='40' height='6' rx='3' fill='#8d6e63'/>";

    private static final String[] DRAWINGS = {
        // 1 できない: a seed waiting in the soil
        SOIL + "<ellipse cx='24' cy='38' rx='5' ry='3.5' fill='#6d4c41'/>",
        // 2 すこしできる: a sprout with two leaves
        SOIL + "<path d='M24 40V30' stroke='#43a047' stroke-width='3' stroke-linecap='round'/>"
                + "<ellipse cx='19' cy='29' rx='5' ry='3' fill='#66bb6a'/><ellipse cx='29' cy='29' rx='5' ry='3' fill='#66bb6a'/>",
        // 3 できる: a young plant, taller, four leaves
        SOIL + "<path d='M24 40V16' stroke='#388e3c' stroke-width='3.5' stroke-linecap='round'/>"
                + "<ellipse cx='17' cy='30' rx='7' ry='3.5' fill='#66bb6a'/><ellipse cx='31' cy='26' rx='7' ry='3.5' fill='#66bb6a'/>"
                + "<ellipse cx='18' cy='20' rx='6' ry='3' fill='#81c784'/><ellipse cx='30' cy='16' rx='6' ry='3' fill='#81c784'/>",
        // 4 よくできる: a tree with a full crown and flowers
        SOIL + "<rect x='21' y='26' width='6' height='15' rx='2' fill='#795548'/>"
                + "<circle cx='24' cy='17' r='13' fill='#43a047'/><circle cx='18' cy='13' r='2.5' fill='#ffeb3b'/>"
                + "<circle cx='29' cy='11' r='2.5' fill='#f48fb1'/><circle cx='28' cy='21' r='2.5' fill='#ffeb3b'/>"
                + "<circle cx='17' cy='21' r='2.5' fill='#f48fb1'/>",
    };

    private RatingPicture() {
    }

    /** The picture of step {@code level} (1-4). */
    static Span of(int level) {
        Span picture = new Span();
        picture.addClassNames("rating-picture", "rating-picture-" + level);
        picture.getElement().setAttribute("aria-hidden", "true");
        // our own constant markup: innerHTML lets the browser build real SVG elements
        picture.getElement().setProperty("innerHTML", "<svg viewBox='0 0 48 48' width='48' height='48' focusable='false'>"
                + DRAWINGS[level - 1] + "</svg>");
        return picture;
    }
}
