package jp.manabiba.assignments;

/**
 * A file answer as screens show it: what it is, and where the signed-in reader gets it. The addresses are
 * checked again on every request (the child's own work, or a reviewer's per {@code AssignmentsAccess}), so a
 * link shared out of the screen opens for no one else.
 */
public record AnswerFile(long id, String fileName, String mediaType, long sizeBytes, boolean hasThumbnail) {

    public static final String PATH = "/files/answers/";

    public boolean image() {
        return mediaType.startsWith("image/");
    }

    public String url() {
        return PATH + id;
    }

    /** The small picture, or the file itself when it has none (then only a link is shown). */
    public String thumbnailUrl() {
        return hasThumbnail ? PATH + id + "/thumbnail" : url();
    }
}
