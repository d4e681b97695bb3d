package jp.manabiba.research;

/** A written export, for the screen to hand to the browser once. */
public record ExportFile(String fileName, String contentType, byte[] bytes, int children) {
}
