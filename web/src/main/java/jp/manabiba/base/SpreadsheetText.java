package jp.manabiba.base;

/**
 * Text for a cell of a file that people open in a spreadsheet (CSV exports). A cell that starts with = + - @ (or a
 * tab or carriage return) would be run as a formula by Excel, so a name typed as {@code =HYPERLINK(...)} could act
 * on the reader's machine; such text gets a leading apostrophe and is shown as written. Numbers are not text: write
 * them as they are, a negative figure included.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
