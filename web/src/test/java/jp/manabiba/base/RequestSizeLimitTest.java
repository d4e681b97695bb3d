package jp.manabiba.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 50 MB upload limit holds on the server, not only in the browser (issue 8, point 11): a raw 60 MB POST, as a
 * script would send it to the upload address, is answered 413 over real HTTP before its body is sent, let alone read.
 */
@ManabibaTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Test
    void a_raw_sixty_megabyte_post_is_refused_before_its_body_is_read() throws IOException {
        for (String path : new String[] {"/roster-import", "/VAADIN/dynamic/resource/0/x/upload", "/login"}) {
            assertThat(statusOfPostDeclaring(path, 60L * 1024 * 1024)).as(path).isEqualTo(413);
        }
    }

    @Test
    void a_post_within_the_limit_is_not_refused_for_its_size() throws IOException {
        assertThat(statusOfPostDeclaring("/login", 10)).isNotEqualTo(413);
    }

    /** Sends only the request's head, declaring a body of {@code length}, and a first 64 KB of it; reads the status. */
    private int statusOfPostDeclaring(String path, long length) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[(int) Math.min(length, 64 * 1024)]);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
