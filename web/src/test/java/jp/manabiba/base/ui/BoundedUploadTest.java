package jp.manabiba.base.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The server holds an upload to its limit whatever the browser was told (issue 8, point 11): a declared size over it
 * is refused unread, a body of unknown length is read only to one byte past it.
 */
class BoundedUploadTest {

    private static final long LIMIT = 50L * 1024 * 1024;

    @Test
    void an_upload_declaring_sixty_megabytes_is_refused_before_anything_is_read() throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        AtomicBoolean received = new AtomicBoolean();
        AtomicBoolean refused = new AtomicBoolean();
        UploadEvent event = new UploadEvent(request, null, null, "roster.zip", 60L * 1024 * 1024, "application/zip",
                null, null);

        new BoundedUpload(LIMIT, (e, bytes) -> received.set(true), () -> refused.set(true)).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(refused).isTrue();
        assertThat(received).isFalse();
        verify(request, never()).getInputStream();
    }

    @Test
    void an_upload_of_unknown_length_is_read_only_to_just_past_the_limit() throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        Endless body = new Endless();
        when(request.getInputStream()).thenReturn(body);
        AtomicBoolean received = new AtomicBoolean();
        UploadEvent event = new UploadEvent(request, null, null, "roster.zip", -1, "application/zip", null, null);

        new BoundedUpload(LIMIT, (e, bytes) -> received.set(true), () -> { }).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(received).isFalse();
        assertThat(body.read.get()).isBetween(LIMIT, LIMIT + 64 * 1024);
    }

    @Test
    void an_upload_within_the_limit_is_handed_over_whole() throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[1000]));
        AtomicLong size = new AtomicLong();
        UploadEvent event = new UploadEvent(request, null, null, "roster.zip", 1000, "application/zip", null, null);

        new BoundedUpload(LIMIT, (e, bytes) -> size.set(bytes.length), () -> { }).handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(size).hasValue(1000);
    }

    @Test
    void an_upload_that_breaks_off_hands_nothing_over_and_says_so() throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 500) {
                    throw new IOException("connection reset"); // the Wi-Fi dropped half-way
                }
                return 'x';
            }
        });
        AtomicBoolean received = new AtomicBoolean();
        AtomicBoolean broken = new AtomicBoolean();
        UploadEvent event = new UploadEvent(request, null, null, "photo.jpg", 1000, "image/jpeg", null, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BoundedUpload(LIMIT, (e, bytes) -> received.set(true),
                () -> { }, () -> broken.set(true)).handleUploadRequest(event)).isInstanceOf(IOException.class);

        assertThat(broken).isTrue();
        assertThat(received).isFalse();
    }

    /** A body that never ends, counting what was read of it. */
    private static final class Endless extends InputStream {

        final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            read.incrementAndGet();
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read.addAndGet(len);
            return len;
        }
    }
}
