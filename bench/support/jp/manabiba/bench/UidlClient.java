package jp.manabiba.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated browser tab speaking Vaadin's UIDL protocol over plain HTTP, no browser: sign in with the form,
 * open a route (the {@code v-r=init} request that builds the UI on the server), then send what Flow's client sends
 * when a field's synchronised value changes. It keeps only what the protocol needs (cookies, UI id, CSRF key,
 * sync and client ids, the tag of each node), so that 40 of them in the server's JVM weigh next to nothing, and
 * counts the requests and the bytes on the wire (gzip as a browser asks for it; HTTP/1.1 header lines counted as
 * sent and received, without the User-Agent and Accept-* lines a real browser adds, about 0.3-0.5 KB a request).
 * The HTTP side is {@link CountingWire}.
 */
public final class UidlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CountingWire wire;
    private final Map<Integer, String> tags = new HashMap<>();
    private int uiId;
    private String csrf = "";
    private int syncId;
    private int clientId;

    /** @param address the client's address as the proxy would say it (X-Forwarded-For), one per child */
    public UidlClient(int port, String address) {
        this.wire = new CountingWire("http://localhost:" + port, address);
    }

    /** Signs in through the sign-in form, as a browser would; fails unless it is redirected away from it. */
    public void signIn(String username, String password) {
        Matcher token = CSRF_META.matcher(wire.send("GET", "/login", null, null).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        CountingWire.Reply reply = wire.send("POST", "/login", form, "application/x-www-form-urlencoded");
        String location = reply.headers().firstValue("Location").orElse("");
        if (reply.status() != 302 || location.contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + reply.status() + " " + location);
        }
    }

    /** Opens a route in a new UI (the init request, then the navigation), e.g. {@code learner/work/12}. */
    public void open(String route) {
        CountingWire.Reply reply = wire.send("GET", "/?v-r=init&location=" + enc(route) + "&query=", null, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("init of " + route + ": " + reply.status());
        }
        JsonNode root = JSON.readTree(reply.body());
        JsonNode config = root.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        tags.clear();
        apply(uidl);
        if (csrf.isEmpty()) {
            throw new IllegalStateException("init of " + route + " gave no UI: " + reply.body().substring(0, 300));
        }
        // then, as Flow's client does, the navigation event on the UI's body: the view is built in this request
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.put("historyState", null);
        data.put("trigger", "");
        Map<String, Object> navigate = new LinkedHashMap<>();
        navigate.put("type", "event");
        navigate.put("node", node("body"));
        navigate.put("event", "ui-navigate");
        navigate.put("data", data);
        uidl(List.of(navigate));
    }

    /** The first node with that tag (e.g. {@code vaadin-text-area}), in the order the server created them. */
    public int node(String tag) {
        return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).mapToInt(Map.Entry::getKey).min()
                .orElseThrow(() -> new IllegalStateException("no <" + tag + "> in the UI: " + tags.values()));
    }

    /**
     * What Flow's client sends when a lazy value field's debounce fires: the property's new value and the DOM
     * event the server listens to, in one UIDL request. Returns the response body.
     */
    public String setValue(int node, String value) {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", "value-changed");
        event.put("data", Map.of());
        return uidl(List.of(sync, event));
    }

    private String uidl(List<Map<String, Object>> rpc) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("csrfToken", csrf);
        message.put("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        CountingWire.Reply reply = wire.send("POST", "/?v-r=uidl&v-uiId=" + uiId, JSON.writeValueAsString(message),
                "application/json; charset=UTF-8");
        String body = reply.body().startsWith("for(;;);") ? reply.body().substring("for(;;);".length()) : reply.body();
        if (reply.status() != 200 || !body.startsWith("[") && !body.startsWith("{")) {
            throw new IllegalStateException("UIDL answered " + reply.status() + ": " + body);
        }
        JsonNode answer = JSON.readTree(body);
        apply(answer.isArray() ? answer.path(0) : answer);
        return body;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asString()) && "tag".equals(change.path("key").asString())) {
                tags.put(change.path("node").asInt(), change.path("value").asString());
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public long requests() {
        return wire.requests();
    }

    public long bytesSent() {
        return wire.bytesSent();
    }

    public long bytesReceived() {
        return wire.bytesReceived();
    }

    /** The size of the last request's body, in bytes. */
    public int lastSentBody() {
        return wire.lastSentBody();
    }

    /** The last response body, as text. */
    public String lastBody() {
        return wire.lastBody();
    }
}
