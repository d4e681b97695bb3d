package jp.manabiba.base.files;

import java.util.Set;

/**
 * What a use of uploads accepts. Only types the server can read are allowed: photos are what ImageIO decodes (JPEG
 * through TwelveMonkeys, PNG built in; HEIC and WebP are not, so a Chromebook's camera JPEG is the way in).
 */
public enum UploadKind {

    /** A photo of work or of something seen (a look-around): decoded and written again as JPEG. */
    PHOTO(Set.of(UploadKind.JPEG, UploadKind.PNG)),
    /** A photo or a PDF (a worksheet done on a computer): a PDF is kept as it came. */
    PHOTO_OR_PDF(Set.of(UploadKind.JPEG, UploadKind.PNG, UploadKind.PDF));

    /** The largest file accepted: a phone's photo is 3-12 MB; kept under the server's request limit (51 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";

    private final Set<String> mediaTypes;

    UploadKind(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** For the browser's file chooser (a courtesy: the server decides from the content). */
    public String[] accept() {
        return mediaTypes.stream().sorted().toArray(String[]::new);
    }
}
