package jp.manabiba.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One client's HTTP/1.1 side for {@link UidlClient}: its own cookies, gzip asked for as a browser does, and the
 * requests and bytes on the wire counted (request line, headers and body each way). All clients share one
 * {@link HttpClient}, so that 40 of them weigh next to nothing in the server's JVM.
 */
final class CountingWire {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Reply(int status, HttpHeaders headers, String body) {
    }

    private final String base;
    private final String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private long requests;
    private long bytesSent;
    private long bytesReceived;
    private String lastBody = "";
    private int lastSentBody;

    CountingWire(String base, String address) {
        this.base = base;
        this.address = address;
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Forwarded-For", address).header("Accept-Encoding", "gzip");
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(payload));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        lastSentBody = payload.length;
        try {
            HttpResponse<byte[]> response = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
            requests++;
            bytesSent += (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n").length()
                    + headerBytes(built.headers()) + (body == null ? 0 : ("Content-Length: " + payload.length + "\r\n").length())
                    + 2 + payload.length;
            bytesReceived += ("HTTP/1.1 " + response.statusCode() + " \r\n").length() + headerBytes(response.headers())
                    + 2 + response.body().length;
            keepCookies(response.headers());
            byte[] raw = response.body();
            boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
            lastBody = new String(gzip ? new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes() : raw,
                    StandardCharsets.UTF_8);
            return new Reply(response.statusCode(), response.headers(), lastBody);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long headerBytes(HttpHeaders headers) {
        return headers.map().entrySet().stream().filter(e -> !e.getKey().startsWith(":"))
                .mapToLong(e -> e.getValue().stream().mapToLong(v -> e.getKey().length() + 2 + v.length() + 2).sum()).sum();
    }

    private void keepCookies(HttpHeaders headers) {
        for (String set : headers.allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private String cookieHeader() {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    long requests() {
        return requests;
    }

    long bytesSent() {
        return bytesSent;
    }

    long bytesReceived() {
        return bytesReceived;
    }

    int lastSentBody() {
        return lastSentBody;
    }

    String lastBody() {
        return lastBody;
    }
}
