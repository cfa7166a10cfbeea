package dev.fridgechef.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.llm.LlmKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings files in the config folder, as the export shows them: {@code llm.json} without any
 * key-like field, the names of the variables that have a key in {@code keys.properties} (never the
 * keys), {@code gui.json} and {@code store.json} as they are. A file that does not parse is shown as
 * {@code {"unreadable": true}}, never as its text (it could hold a key).
 */
final class SettingsFiles {
    static final String LLM = "llm.json";
    static final String GUI = "gui.json";
    static final String STORE = "store.json";
    /** What {@link PersonalData#forget} deletes; store.json stays (see the export document). */
    static final List<String> ERASED = List.of(LlmKeys.FILE_NAME, LLM, GUI, dev.fridgechef.sync.http.SyncCredentials.FILE_NAME);

    /** A field name with one of these words (split at '_', '-' and case changes) is a secret, unless it ends in "_env". */
    private static final Set<String> SECRET_WORDS = Set.of("key", "apikey", "secret", "password", "passwd", "token",
            "credential", "credentials", "auth", "authorization", "bearer");
    private static final Pattern WORD_BREAK = Pattern.compile("[_\\-.\\s]+|(?<=[a-z0-9])(?=[A-Z])");

    private final Path folder;
    private final ObjectMapper json;

    SettingsFiles(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    ObjectNode export() {
        Map<String, String> keys = storedKeys();
        ObjectNode settings = json.createObjectNode();
        settings.put("config_folder", folder.toAbsolutePath().toString());
        JsonNode llm = read(LLM);
        if (llm != null) strip(llm, keys.values());
        settings.set("llm", llm);
        ArrayNode names = settings.putArray("keys_saved_for");
        keys.forEach((name, key) -> {
            if (!key.isBlank()) names.add(name);
        });
        settings.set("gui", read(GUI));
        settings.set("store", read(STORE));
        return settings;
    }

    private Map<String, String> storedKeys() {
        try {
            return LlmKeys.in(folder).all();
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    private JsonNode read(String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) return null;
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            return json.createObjectNode().put("unreadable", true);
        }
    }

    /** Removes key-like fields, and any text equal to a stored key, wherever they are. */
    static void strip(JsonNode node, Collection<String> keys) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (secretName(field.getKey()) || isKey(field.getValue(), keys)) it.remove();
                else strip(field.getValue(), keys);
            }
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                JsonNode element = it.next();
                if (isKey(element, keys)) it.remove();
                else strip(element, keys);
            }
        }
    }

    static boolean secretName(String name) {
        if (name.toLowerCase(Locale.ROOT).endsWith("_env")) return false; // names a variable, holds no key
        for (String word : WORD_BREAK.split(name)) {
            if (SECRET_WORDS.contains(word.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isKey(JsonNode value, Collection<String> keys) {
        return value.isTextual() && !value.asText().isBlank() && keys.contains(value.asText().strip());
    }
}
