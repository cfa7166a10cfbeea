package dev.fridgechef.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.SyncTransport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link SyncTransport} over the server's HTTP API (/api/v1/sync/push and /pull) with the JDK's
 * HTTP client. The access token lives in memory; on a 401 the refresh token (from
 * {@link SyncCredentials}) is exchanged once for a new pair, the rotated refresh token saved at once,
 * and the call repeated. A refresh the server refuses drops the refresh token and throws
 * {@link LoginRequiredException}: the outbox keeps everything until a new login. Every call has a
 * time-out.
 */
public final class HttpSyncTransport implements SyncTransport {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final String server;
    private final SyncCredentials credentials;
    private final String deviceName;
    private final UUID deviceId;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> serverWarnings = new ArrayList<>();
    private String accessToken;

    /** For one device of the store: pulls name it, as the server asks. */
    public HttpSyncTransport(String server, SyncCredentials credentials, UUID deviceId, String deviceName, Duration timeout) {
        this.server = strip(server);
        this.deviceId = deviceId;
        this.credentials = credentials;
        this.deviceName = deviceName;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server refused the refresh token: log in again; nothing unsent is lost. */
    public static final class LoginRequiredException extends IOException {
        public LoginRequiredException(String message) {
            super(message);
        }
    }

    /** An answer that is not a success, with the server's error code when it gave one. */
    public static final class ServerException extends IOException {
        private final int status;
        private final String code;

        ServerException(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    /** What a login gave: the tokens (the refresh token is saved by the caller, never printed). */
    public record Tokens(String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "Tokens[hidden]";
        }
    }

    /** Logs in with a password; the password is not kept. */
    public static Tokens login(String server, String login, String password, String deviceName, Duration timeout) throws IOException {
        HttpSyncTransport t = new HttpSyncTransport(server, null, null, deviceName, timeout);
        ObjectNode body = t.json.createObjectNode();
        body.put("login", login);
        body.put("password", password);
        body.put("deviceName", deviceName);
        JsonNode answer = t.send(t.post("/api/v1/auth/login", body, null));
        return new Tokens(answer.path("accessToken").asText(), answer.path("refreshToken").asText());
    }

    /** Starts with an access token from a login just made (no refresh needed). */
    public HttpSyncTransport withAccessToken(String token) {
        this.accessToken = token;
        return this;
    }

    /** Warnings the server sent with pushes (this device's clock running ahead). */
    public synchronized List<String> serverWarnings() {
        return List.copyOf(serverWarnings);
    }

    /** The server's sync status for this device: answers 409 "no_household" when the account is in none. */
    public JsonNode status() throws IOException {
        return authorized(() -> get("/api/v1/sync/status?deviceId=" + deviceId));
    }

    /** Ends this login's session on the server (POST /api/v1/auth/logout): its refresh token stops working. */
    public void logout() throws IOException {
        authorized(() -> post("/api/v1/auth/logout", json.createObjectNode(), accessToken));
    }

    @Override
    public PushReply push(UUID deviceId, List<Op> ops) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("deviceId", deviceId.toString());
        if (deviceName != null) body.put("deviceName", deviceName);
        ArrayNode array = body.putArray("ops");
        for (Op op : ops) array.add(op.toNode());
        JsonNode answer = authorized(() -> post("/api/v1/sync/push", body, accessToken));
        Set<UUID> acknowledged = new HashSet<>();
        for (JsonNode id : answer.path("acknowledged")) acknowledged.add(UUID.fromString(id.asText()));
        JsonNode warning = answer.path("clockWarning");
        if (warning.isObject()) {
            synchronized (this) {
                serverWarnings.add(warning.path("message").asText());
            }
        }
        return new PushReply(acknowledged, answer.path("lastSeq").asLong());
    }

    @Override
    public PullPage pull(long afterSeq, int limit) throws IOException {
        JsonNode answer = authorized(() -> get("/api/v1/sync/pull?after=" + afterSeq + "&limit=" + limit + "&deviceId=" + deviceId));
        List<PulledOp> ops = new ArrayList<>();
        for (JsonNode node : answer.path("ops")) {
            ObjectNode wire = ((ObjectNode) node).deepCopy();
            JsonNode seq = wire.remove("serverSeq");
            ops.add(new PulledOp(seq == null ? 0 : seq.asLong(), Op.fromNode(wire)));
        }
        if (!answer.has("next") || !answer.has("more")) throw new IOException("the server's pull answer has no \"next\" or \"more\"");
        return new PullPage(ops, answer.path("next").asLong(), answer.path("more").asBoolean());
    }

    /** The server's snapshot for a device that has pulled nothing; none from a server without snapshots (404) or with too large a log (409). */
    @Override
    public Optional<Snapshot> snapshot() throws IOException {
        JsonNode answer;
        try {
            answer = authorized(() -> get("/api/v1/sync/snapshot?deviceId=" + deviceId));
        } catch (ServerException e) {
            if (e.status() == 404 || e.status() == 409) return Optional.empty();
            throw e;
        }
        if (!answer.has("cursor") || !answer.path("ops").isArray()) throw new IOException("the server's snapshot has no \"cursor\" or \"ops\"");
        List<Op> ops = new ArrayList<>(answer.path("ops").size());
        for (JsonNode node : answer.path("ops")) ops.add(Op.fromNode(node));
        return Optional.of(new Snapshot(ops, answer.path("cursor").asLong(), answer.path("logOps").asLong()));
    }

    private interface Call {
        HttpRequest request() throws IOException;
    }

    /** Sends with the access token; on a 401 refreshes once and sends again. */
    private JsonNode authorized(Call call) throws IOException {
        if (accessToken == null) refresh();
        try {
            return send(call.request());
        } catch (ServerException e) {
            if (e.status() != 401) throw e;
        }
        refresh();
        return send(call.request());
    }

    private synchronized void refresh() throws IOException {
        SyncCredentials.Login login = credentials.loadFor(deviceId).filter(SyncCredentials.Login::loggedIn)
                .orElseThrow(() -> new LoginRequiredException("not logged in to the sync server: log in again (fridge sync login)"));
        ObjectNode body = json.createObjectNode();
        body.put("refreshToken", login.refreshToken());
        JsonNode answer;
        try {
            answer = send(post("/api/v1/auth/refresh", body, null));
        } catch (ServerException e) {
            if (e.status() == 401 || e.status() == 400 || e.status() == 403) {
                credentials.logOutFor(deviceId);
                throw new LoginRequiredException("the server no longer accepts this device's login (" + e.getMessage()
                        + "): log in again (fridge sync login); unsent changes are kept");
            }
            throw e;
        }
        credentials.save(login.withRefreshToken(answer.path("refreshToken").asText()));
        accessToken = answer.path("accessToken").asText();
    }

    private HttpRequest post(String path, JsonNode body, String token) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(timeout).header("Authorization", "Bearer " + accessToken).GET().build();
    }

    private URI uri(String path) {
        return URI.create(server + path);
    }

    private JsonNode send(HttpRequest request) throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new IOException("the server " + server + " did not answer within " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new IOException("cannot reach the server " + server + " (" + (e.getMessage() != null ? e.getMessage() : "connection refused") + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + server, e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode body;
        try {
            body = text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            if (response.statusCode() / 100 == 2) throw new IOException("the server's answer is not JSON (cut off?)", e);
            body = json.createObjectNode();
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String code = body.path("error").asText("http_" + status);
            String message = body.path("message").asText("");
            throw new ServerException(status, code, "HTTP " + status + " " + code + (message.isEmpty() ? "" : ": " + message));
        }
        return body;
    }

    static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
