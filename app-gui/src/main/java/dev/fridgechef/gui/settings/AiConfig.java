package dev.fridgechef.gui.settings;

import dev.fridgechef.config.AppFolders;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.llm.LlmConfigFile;
import dev.fridgechef.llm.LlmKeys;
import dev.fridgechef.llm.LlmSettings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The AI settings files of the session's config folder (llm.json and the keys file) and putting a
 * saved change into effect in the running app. Called on worker threads only.
 */
final class AiConfig {
    /** Whether a provider's key is known, its last four characters, and whether it comes from the environment (which wins). */
    record KeyState(boolean set, String lastFour, boolean fromEnvironment) {
        static final KeyState NONE = new KeyState(false, "", false);
    }

    record Loaded(LlmConfigFile.Config config, Map<String, KeyState> keys, double spentThisMonth) {
        KeyState key(String variable) {
            return keys.getOrDefault(variable, KeyState.NONE);
        }
    }

    private final GuiSession session;

    AiConfig(GuiSession session) {
        this.session = session;
    }

    /** FRIDGECHEF_LLM_CONFIG if set (as the CLI reads it), else llm.json in the config folder. */
    Path configFile() {
        return AppFolders.llmConfigFile(session.env(), session.configFolder());
    }

    LlmKeys keys() {
        return LlmKeys.in(session.configFolder());
    }

    Loaded load() {
        LlmConfigFile.Config config = new LlmConfigFile(configFile(), session.app().json()).read();
        Map<String, String> stored = keys().all();
        Map<String, KeyState> states = new HashMap<>();
        for (LlmConfigFile.Provider p : config.providers()) {
            String variable = p.apiKeyEnv();
            if (variable.isEmpty()) continue;
            String fromEnv = session.env().get(variable);
            String key = fromEnv != null && !fromEnv.isBlank() ? fromEnv : stored.get(variable);
            states.put(variable, key == null || key.isBlank() ? KeyState.NONE
                    : new KeyState(true, key.length() <= 4 ? "" : key.substring(key.length() - 4), fromEnv != null && !fromEnv.isBlank()));
        }
        return new Loaded(config, states, session.app().usage().spentThisMonth());
    }

    /**
     * Writes the keys (variable → new key; a blank key removes it), then llm.json, and makes the
     * running app use the result at once.
     */
    void save(LlmConfigFile.Config config, Map<String, String> newKeys, Set<String> dropKeys) {
        LlmKeys keys = keys();
        newKeys.forEach(keys::put);
        dropKeys.forEach(keys::remove);
        new LlmConfigFile(configFile(), session.app().json()).write(config);
        session.app().useLlmSettings(LlmSettings.load(session.env(), keys, configFile(), session.app().json()));
    }
}
