package jp.manabiba.research;

/** An Excel workbook (one sheet per table), or a zip of CSV files (UTF-8 with BOM, one per table). */
public enum ExportFormat {
    XLSX,
    CSV
}
