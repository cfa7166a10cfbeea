package dev.fridgechef.sync.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    public synchronized Optional<Login> load() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            var node = json.readTree(file.toFile());
            return Optional.of(new Login(node.path("server").asText(null), node.path("account").asText(null),
                    node.path("deviceId").asText(null), node.path("refreshToken").isTextual() ? node.path("refreshToken").asText() : null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public synchronized void save(Login login) {
        ObjectNode node = json.createObjectNode();
        node.put("server", login.server());
        node.put("account", login.account());
        node.put("deviceId", login.deviceId());
        node.put("refreshToken", login.refreshToken());
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(node), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Forgets the refresh token and keeps who was logged in where. */
    public synchronized void logOut() {
        load().ifPresent(l -> save(l.withRefreshToken(null)));
    }
}
