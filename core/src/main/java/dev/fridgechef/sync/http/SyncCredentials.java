package dev.fridgechef.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sync login in the config folder ({@value #FILE_NAME}, readable by its owner only): server, account,
 * the device it was made for and the refresh token. A credential: never in the store (which people
 * export and back up), never printed. A refresh token the server no longer takes is dropped, and the
 * rest kept, so that {@code fridge sync status} can say "log in again".
 */
public final class SyncCredentials {
    public static final String FILE_NAME = "sync-login.json";

    public record Login(String server, String account, String deviceId, String refreshToken) {
        public boolean loggedIn() {
            return refreshToken != null;
        }

        public Login withRefreshToken(String token) {
            return new Login(server, account, deviceId, token);
        }

        @Override
        public String toString() {
            return "Login[" + account + " at " + server + ", device " + deviceId + (loggedIn() ? "" : ", logged out") + "]";
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public SyncCredentials(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The login saved last (of any store using this config folder). */
    public synchronized Optional<Login> load() {
        List<Login> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** The login of one device (one store): stores sharing a config folder each keep their own. */
    public synchronized Optional<Login> load(String deviceId) {
        return all().stream().filter(l -> java.util.Objects.equals(l.deviceId(), deviceId)).findFirst();
    }

    /** The login of {@code device} ({@link #load(String)}); with no device (a store not linked), the one saved last. */
    public synchronized Optional<Login> loadFor(java.util.UUID device) {
        return device == null ? load() : load(device.toString());
    }

    /** Forgets the refresh token of {@code device}'s login; with no device, of the one saved last. */
    public synchronized void logOutFor(java.util.UUID device) {
        if (device == null) logOut();
        else logOut(device.toString());
    }

    /** Saves a device's login in place of the one it had, keeping the other devices'. */
    public synchronized void save(Login login) {
        List<Login> all = new ArrayList<>(all());
        all.removeIf(l -> java.util.Objects.equals(l.deviceId(), login.deviceId()));
        all.add(login);
        ObjectNode root = json.createObjectNode();
        ArrayNode logins = root.putArray("logins");
        for (Login l : all) {
            ObjectNode node = logins.addObject();
            node.put("server", l.server());
            node.put("account", l.account());
            node.put("deviceId", l.deviceId());
            node.put("refreshToken", l.refreshToken());
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Forgets the refresh token of the login saved last and keeps who was logged in where. */
    public synchronized void logOut() {
        load().ifPresent(l -> save(l.withRefreshToken(null)));
    }

    /** Forgets one device's refresh token and keeps who was logged in where. */
    public synchronized void logOut(String deviceId) {
        load(deviceId).ifPresent(l -> save(l.withRefreshToken(null)));
    }

    /** Every login in the file, oldest saved first; a file of one login (as written before several were kept) reads as that one. */
    private List<Login> all() {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            JsonNode root = json.readTree(file.toFile());
            List<Login> out = new ArrayList<>();
            if (root.has("logins")) root.path("logins").forEach(n -> out.add(login(n)));
            else if (root.isObject()) out.add(login(root));
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Login login(JsonNode node) {
        return new Login(node.path("server").asText(null), node.path("account").asText(null), node.path("deviceId").asText(null),
                node.path("refreshToken").isTextual() ? node.path("refreshToken").asText() : null);
    }
}
