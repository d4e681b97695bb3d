package jp.manabiba.assignments;

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
 * The file answering a FILE question: checked and (for a photo) written again by base.files before it gets here.
 * Written once; a new upload replaces the row. Reads go through {@link AssignmentFileRepository}'s projections so
 * that listing files never loads their bytes.
 */
@Entity
@Table(name = "assignment_file")
class AssignmentFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long submissionId;
    private long questionId;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;

    @Column(columnDefinition = "longblob")
    private byte @Nullable [] content;

    private @Nullable String storageKey;

    @Column(columnDefinition = "mediumblob")
    private byte @Nullable [] thumbnail;

    private Instant uploadedAt;

    protected AssignmentFile() {
        this.fileName = "";
        this.mediaType = "";
        this.sha256 = "";
        this.uploadedAt = Instant.EPOCH;
    }

    AssignmentFile(long submissionId, long questionId, CheckedFile file, Instant at) {
        this.submissionId = submissionId;
        this.questionId = questionId;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.thumbnail = file.thumbnail();
        this.uploadedAt = at;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    AnswerFile toRef() {
        return new AnswerFile(id(), fileName, mediaType, sizeBytes, thumbnail != null);
    }
}
