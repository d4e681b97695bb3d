package jp.manabiba.learning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a lesson's own image links ({@code ![説明](images/river.svg)}, as unit packages write them) at the address
 * {@link UnitMediaController} serves them from, before the children's renderer sees them: it shows only images
 * under {@code /media/} and would otherwise show the description alone.
 */
final class LessonImages {

    static final String PATH = "/media/units/";

    /** The loader accepts only these names after {@code images/}, so nothing else can be rewritten. */
    private static final Pattern LINK = Pattern.compile("\\]\\(images/([A-Za-z0-9][A-Za-z0-9._-]*)\\)");

    private LessonImages() {
    }

    static String rewrite(String unitId, String markdown) {
        return LINK.matcher(markdown).replaceAll(match -> Matcher.quoteReplacement("](" + address(unitId, match.group(1)) + ")"));
    }

    static String address(String unitId, String image) {
        return PATH + unitId + "/" + image;
    }
}
