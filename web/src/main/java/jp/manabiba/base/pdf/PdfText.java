package jp.manabiba.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a PDF can show it with the bundled font: measured, made printable and broken into lines. Japanese has no
 * spaces, so lines break between any two characters except where the line-breaking rules of the JDK (kinsoku:
 * no 。、）」ー at the start of a line, no （「 at its end) keep them together; Latin words break at spaces.
 */
public final class PdfText {

    /** 〓 (geta): the mark Japanese printing puts where a character has no type. */
    static final String MISSING = "\u3013";

    private PdfText() {
    }

    /**
     * {@code text} with every character the font lacks (a rare kanji outside JIS X 0208, an emoji) replaced by 〓 and
     * control characters by spaces, so that a supporter's unusual name prints instead of failing the whole document.
     */
    public static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (has(font, codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private static boolean has(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The width of printable {@code text} in points at {@code size}. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Printable {@code text} broken into lines no wider than {@code maxWidth} points at {@code size}; a line break
     * in the text starts a new line. A piece with no break opportunity that is still too wide is cut by character.
     */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(font, size, printable(font, paragraph), maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(PDFont font, float size, String paragraph, float maxWidth, List<String> lines) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.JAPANESE);
        breaks.setText(paragraph);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = paragraph.substring(start, end);
            if (width(font, size, line + piece.stripTrailing()) <= maxWidth) {
                line.append(piece);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            piece = piece.stripLeading();
            while (width(font, size, piece.stripTrailing()) > maxWidth && piece.length() > 1) {
                int fits = fitting(font, size, piece, maxWidth);
                lines.add(piece.substring(0, fits));
                piece = piece.substring(fits);
            }
            line.append(piece);
        }
        lines.add(line.toString().stripTrailing());
    }

    /** How many chars of {@code piece} fit in {@code maxWidth}: at least one code point, so that wrapping ends. */
    private static int fitting(PDFont font, float size, String piece, float maxWidth) {
        int fits = piece.offsetByCodePoints(0, 1);
        while (fits < piece.length()) {
            int next = piece.offsetByCodePoints(fits, 1);
            if (width(font, size, piece.substring(0, next)) > maxWidth) {
                break;
            }
            fits = next;
        }
        return fits;
    }

    /** {@code text} cut to fit {@code maxWidth}, ending in … when it was cut. */
    public static String fit(PDFont font, float size, String text, float maxWidth) {
        String printable = printable(font, text);
        if (width(font, size, printable) <= maxWidth) {
            return printable;
        }
        String ellipsis = "…";
        int fits = fitting(font, size, printable, maxWidth - width(font, size, ellipsis));
        return printable.substring(0, fits) + ellipsis;
    }
}
