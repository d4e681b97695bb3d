package jp.manabiba.base.files;

/** A stored file's bytes as a feature's service hands them to its download address, after its access check. */
public record FileContent(String fileName, String mediaType, byte[] bytes) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
