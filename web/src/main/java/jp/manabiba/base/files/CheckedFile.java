package jp.manabiba.base.files;

import org.jspecify.annotations.Nullable;

/**
 * An upload that passed the checks, ready to store: a photo already scaled and written again as JPEG (so
 * {@code mediaType} is the stored one), with its thumbnail; a PDF as it came, without one. {@code sha256} is of
 * {@code content}, in lower-case hex.
 */
public record CheckedFile(String fileName, String mediaType, byte[] content, String sha256,
                          byte @Nullable [] thumbnail) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
