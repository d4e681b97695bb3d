package jp.manabiba.learning;

import java.time.Instant;

/**
 * A look-around photo as screens show it. The addresses check who asks on every request (the child whose photo it
 * is, or an adult who may see the child's learning: {@code LookAroundPhotos.read}).
 */
public record LookAroundPhoto(long id, String activityId, String fileName, Instant uploadedAt) {

    public static final String PATH = "/files/look-around/";

    public String url() {
        return PATH + id;
    }

    public String thumbnailUrl() {
        return PATH + id + "/thumbnail";
    }
}
