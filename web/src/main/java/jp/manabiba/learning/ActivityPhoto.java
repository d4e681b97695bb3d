package jp.manabiba.learning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.base.files.CheckedFile;
import org.jspecify.annotations.Nullable;

/**
 * The photo a child took for a look-around activity: one per child and activity, replaced by a new one. Already
 * written again as JPEG without EXIF by base.files. Reads go through {@link ActivityPhotoRepository}'s projections,
 * so that opening a lesson never loads the bytes.
 */
@Entity
@Table(name = "activity_photo")
class ActivityPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long learnerId;
    private String unitId;
    private String activityId;
    private String fileName = "";
    private String mediaType = "";
    private long sizeBytes;
    private String sha256 = "";

    @Column(columnDefinition = "longblob")
    private byte[] content = new byte[0];

    @Column(columnDefinition = "mediumblob")
    private byte[] thumbnail = new byte[0];

    private Instant uploadedAt = Instant.EPOCH;

    protected ActivityPhoto() {
        this.unitId = "";
        this.activityId = "";
    }

    ActivityPhoto(long learnerId, String unitId, String activityId) {
        this.learnerId = learnerId;
        this.unitId = unitId;
        this.activityId = activityId;
    }

    /** Keeps a new photo in place of the one before. */
    void replace(CheckedFile file, Instant at) {
        fileName = file.fileName();
        mediaType = file.mediaType();
        sizeBytes = file.content().length;
        sha256 = file.sha256();
        content = file.content();
        thumbnail = file.thumbnail() == null ? file.content() : file.thumbnail();
        uploadedAt = at;
    }

    LookAroundPhoto toRef() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return new LookAroundPhoto(id, activityId, fileName, uploadedAt);
    }
}
