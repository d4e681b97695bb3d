package jp.manabiba.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * An upload kept in memory up to a limit the server enforces, whatever the browser was told: a declared size over it
 * is refused before a byte is read, and a body without one (chunked) is read only to one byte past the limit. A refusal
 * goes back to the browser (HTTP 422 with the message) and to {@code refused}; nothing is logged at ERROR.
 * Multipart uploads get the same limits through Vaadin's own request and file size checks.
 */
public final class BoundedUpload implements UploadHandler {

    /** What to do with a whole upload; runs in the upload request, outside the UI lock. */
    @FunctionalInterface
    public interface Received {
        void accept(UploadEvent event, byte[] bytes) throws IOException;
    }

    private final long maxBytes;
    private final Received received;
    private final Runnable refused;
    private final Runnable broken;

    public BoundedUpload(long maxBytes, Received received, Runnable refused) {
        this(maxBytes, received, refused, () -> { });
    }

    /**
     * {@code broken} runs when the upload breaks off (the Wi-Fi dropped, the tab closed): nothing of it is handed over,
     * so whatever was saved before stays; the screen can say so plainly, beside the upload's own error.
     */
    public BoundedUpload(long maxBytes, Received received, Runnable refused, Runnable broken) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
        this.broken = broken;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        } catch (IOException cutOff) {
            broken.run();
            throw cutOff;
        }
        if (bytes == null) {
            refuse(event);
            return;
        }
        received.accept(event, bytes);
    }

    /** The stream's bytes, or null when it holds more than {@code max}: reading stops one byte past it. */
    static byte @Nullable [] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(UploadEvent event) {
        event.reject("Upload larger than " + maxBytes + " bytes");
        refused.run();
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // the multipart headers around the file
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
