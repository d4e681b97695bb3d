package jp.manabiba.base.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jp.manabiba.i18n.InvalidInput;
import org.apache.tika.Tika;

/**
 * The checks of an uploaded file, in the order that costs least: size, then the type read from the first bytes
 * (Tika's magic numbers; the name and the browser's type are not asked), then for photos a full decode. Each refusal
 * is an {@link InvalidInput} on the caller's field: {@code upload.error.too-large} (argument: the limit in MB),
 * {@code upload.error.wrong-type}, {@code upload.error.unreadable}.
 */
public final class UploadChecks {

    /** Thread-safe; the detector only, by magic numbers (no parsers on the class path). */
    private static final Tika TIKA = new Tika();
    private static final int NAME_MAX = 200;

    private UploadChecks() {
    }

    public static CheckedFile check(String field, String fileName, byte[] bytes, UploadKind kind) {
        if (bytes.length > UploadKind.MAX_BYTES) {
            throw new InvalidInput(field, "upload.error.too-large", UploadKind.MAX_BYTES / (1024 * 1024));
        }
        String type = detect(bytes);
        if (!kind.mediaTypes().contains(type)) {
            throw new InvalidInput(field, "upload.error.wrong-type");
        }
        String name = name(fileName);
        if (type.equals(UploadKind.PDF)) {
            return new CheckedFile(name, type, bytes, sha256(bytes), null);
        }
        PhotoScaling.Scaled scaled = PhotoScaling.scale(bytes)
                .orElseThrow(() -> new InvalidInput(field, "upload.error.unreadable"));
        return new CheckedFile(jpegName(name), UploadKind.JPEG, scaled.photo(), sha256(scaled.photo()), scaled.thumbnail());
    }

    /** The type the bytes say they are; an empty or unknown file is {@code application/octet-stream}. */
    public static String detect(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /** The name the child's device gave, without folders and control characters, cut to the column's length. */
    static String name(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        String name = base.isEmpty() ? "file" : base;
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }

    private static String jpegName(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return (stem.length() > NAME_MAX - 4 ? stem.substring(0, NAME_MAX - 4) : stem) + ".jpg";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every Java has SHA-256
        }
    }
}
