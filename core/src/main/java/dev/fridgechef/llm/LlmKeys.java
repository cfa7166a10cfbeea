package dev.fridgechef.llm;

import dev.fridgechef.AtomicFiles;
import dev.fridgechef.i18n.UserException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * API keys entered in the desktop app, kept as variable name → key in {@code keys.properties} in
 * the config folder, readable by the owner only. {@link LlmSettings#load} looks a key up in the real
 * environment first and then here, so the CLI and the desktop app see the same keys while
 * {@code llm.json} (which only names the variables) stays shareable.
 */
public final class LlmKeys {
    public static final String FILE_NAME = "keys.properties";

    private final Path file;

    public LlmKeys(Path file) {
        this.file = file;
    }

    public static LlmKeys in(Path configFolder) {
        return new LlmKeys(configFolder.resolve(FILE_NAME));
    }

    /** No keys file (tests, the demo). */
    public static LlmKeys none() {
        return new LlmKeys(null);
    }

    public Path file() {
        return file;
    }

    /** Every stored key by variable name; empty when there is no file. */
    public Map<String, String> all() {
        if (file == null || !Files.isRegularFile(file)) return Map.of();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserException("error.llm.keys", file, e.getMessage());
        }
        Map<String, String> keys = new TreeMap<>();
        p.stringPropertyNames().forEach(name -> keys.put(name, p.getProperty(name)));
        return keys;
    }

    public Optional<String> get(String variable) {
        return Optional.ofNullable(all().get(variable)).filter(k -> !k.isBlank());
    }

    /** Stores the key for {@code variable}; a blank key removes it. The file is replaced whole. */
    public void put(String variable, String key) {
        Map<String, String> keys = new TreeMap<>(all());
        if (key == null || key.isBlank()) keys.remove(variable);
        else keys.put(variable, key.strip());
        write(keys);
    }

    public void remove(String variable) {
        if (all().containsKey(variable)) put(variable, null);
    }

    private void write(Map<String, String> keys) {
        if (file == null) throw new IllegalStateException("no keys file");
        Properties p = new Properties();
        p.putAll(keys);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            p.store(bytes, "Fridge Chef API keys (variable name = key); keep this file private");
            AtomicFiles.write(file, bytes.toByteArray(), true);
        } catch (IOException e) {
            throw new UserException("error.llm.keys.save", file, e.getMessage());
        }
    }
}
