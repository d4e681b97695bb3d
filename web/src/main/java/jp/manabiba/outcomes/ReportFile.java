package jp.manabiba.outcomes;

/** A written outcome report, ready to download. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {
}
