package jp.manabiba.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response — Vaadin's pages, its UIDL, heartbeat and push answers, files, the
 * calendar feed, Actuator, errors — written before anything else runs, and how long a browser may keep it: hashed
 * bundles a year (a child's weekly visit loads no script again), other files until they change, everything else
 * (pages, UIDL, downloads of records) never. Whatever runs later cannot loosen the caching.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What Vaadin Flow 25 needs and no more: its bootstrap page starts the client with an inline script and the
     * client runs {@code executeJs} by building functions ({@code 'unsafe-eval'}); components style themselves
     * inline; Lumo's icons and the components' images are {@code data:} URLs; push and UIDL go to this origin.
     * Nothing may frame Manabiba, and forms go nowhere else.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String NEVER = "no-store";
    private static final String HSTS = "max-age=31536000";

    /** Vite's bundle names end in an 8-character content hash: {@code indexhtml-BfnNYcbf.js}. */
    private static final Pattern HASHED_BUNDLE = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z0-9.]+");
    /** Files that may be kept if the browser asks whether they changed; none of them holds anyone's records. */
    private static final Set<String> FILE_FOLDERS = Set.of("/VAADIN/build/", "/VAADIN/static/", "/styles/", "/images/",
            "/icons/", "/pwa-icons/", "/themes/");
    private static final Set<String> FILES = Set.of("/favicon.ico", "/sw.js", "/sw-runtime-resources-precache.js",
            "/manifest.webmanifest", "/offline.html", "/robots.txt");
    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "expires", "pragma");

    private final boolean strictTransportSecurity;

    /** @param strictTransportSecurity whether HTTPS responses say to use nothing else (the production profile) */
    SecurityHeaders(boolean strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (strictTransportSecurity && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String caching = cachingOf(pathOf(request));
        response.setHeader("Cache-Control", caching);
        if (NEVER.equals(caching)) {
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new FixedCaching(response));
    }

    static String cachingOf(String path) {
        if (HASHED_BUNDLE.matcher(path).matches()) {
            return IMMUTABLE;
        }
        if (FILES.contains(path) || FILE_FOLDERS.stream().anyMatch(path::startsWith)) {
            return REVALIDATE;
        }
        return NEVER;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Keeps the caching decided above: Vaadin's file server and Spring Security would otherwise set their own. */
    private static final class FixedCaching extends HttpServletResponseWrapper {

        FixedCaching(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!fixed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!fixed(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!fixed(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!fixed(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean fixed(String name) {
            return CACHE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
