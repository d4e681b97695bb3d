package jp.manabiba.research;

import java.util.List;

/**
 * One sheet of an export (one CSV file): ASCII column codes that researchers' tools read, and rows of strings,
 * numbers or empty cells (null).
 */
record ResearchTable(String name, List<Column> columns, List<List<Object>> rows) {

    /** A column: its code, its type as the data dictionary names it (text, integer, decimal, month), its meaning. */
    record Column(String code, String type) {

        String descriptionKey() {
            return "research.col." + code;
        }
    }

    static Column text(String code) {
        return new Column(code, "text");
    }

    static Column integer(String code) {
        return new Column(code, "integer");
    }

    static Column decimal(String code) {
        return new Column(code, "decimal");
    }

    static Column month(String code) {
        return new Column(code, "month (YYYY-MM)");
    }
}
