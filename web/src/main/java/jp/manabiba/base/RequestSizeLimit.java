package jp.manabiba.base;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than the largest upload reaches the application, signed in or not: a declared length over
 * the limit is answered 413 before anything is read (the container then closes the connection rather than read the
 * rest), and a body without a declared length fails once it has passed the limit. Uploads keep their own, equal
 * limit ({@code base.ui.BoundedUpload}); the browser's limit is only a courtesy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final long maxBytes;

    RequestSizeLimit(@Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            LOG.warn("Refused a request body of {} bytes to {} (limit {})", declared, request.getRequestURI(), maxBytes);
            // the status alone, not sendError: an error dispatch would run the rest of the chain (sign-in included)
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentLength(0);
            response.flushBuffer();
            return;
        }
        chain.doFilter(declared < 0 && request.getHeader("Transfer-Encoding") != null ? new Bounded(request, maxBytes)
                : request, response);
    }

    /** A body of undeclared length that may be read only up to the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;
        private @Nullable ServletInputStream bounded;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream in = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new IOException("Request body larger than " + maxBytes + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }
}
