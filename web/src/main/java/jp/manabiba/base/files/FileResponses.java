package jp.manabiba.base.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an uploaded file goes back to a browser: an image inline (the review screen and the child's thumbnail show it),
 * anything else as a download, each under a policy that runs nothing, so a file that fooled the checks still cannot
 * act as a page of ours. Not cached ({@code SecurityHeaders}' default {@code no-store}): these are children's files.
 */
public final class FileResponses {

    static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private FileResponses() {
    }

    public static ResponseEntity<byte[]> of(FileContent file) {
        ContentDisposition disposition = (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", POLICY)
                .body(file.bytes());
    }
}
