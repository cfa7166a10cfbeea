package dev.fridgechef.llm;

import dev.fridgechef.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LlmKeysTest {
    @TempDir
    Path dir;

    @Test
    void keysAreStoredByVariableOwnerOnlyAndRemovedByABlankKey() throws Exception {
        LlmKeys keys = LlmKeys.in(dir.resolve("config"));
        assertThat(keys.all()).isEmpty();
        keys.put("OPENROUTER_API_KEY", " or-secret-1234 ");
        keys.put("GEMINI_API_KEY", "g-ключ");
        assertThat(LlmKeys.in(dir.resolve("config")).get("OPENROUTER_API_KEY")).contains("or-secret-1234");
        assertThat(keys.get("GEMINI_API_KEY")).contains("g-ключ");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file()))).isEqualTo("rw-------");
        }
        keys.put("GEMINI_API_KEY", "");
        keys.remove("MISSING");
        assertThat(keys.all()).containsOnlyKeys("OPENROUTER_API_KEY");
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(LlmKeys.FILE_NAME); // no temporary file left
        }
    }

    @Test
    void settingsTakeKeysFromTheEnvironmentFirstThenTheKeysFile() throws Exception {
        Path file = dir.resolve("llm.json");
        Files.writeString(file, """
                {"providers": [{"name": "router", "kind": "openai", "api_key_env": "ROUTER_KEY"},
                               {"name": "claude", "kind": "anthropic", "api_key_env": "CLAUDE_KEY"}]}""");
        LlmKeys keys = LlmKeys.in(dir);
        keys.put("ROUTER_KEY", "from-file");
        keys.put("CLAUDE_KEY", "claude-file");
        LlmSettings s = LlmSettings.load(Map.of("ROUTER_KEY", "from-env"), keys, file, Json.mapper());
        assertThat(s.providers()).extracting(ProviderSettings::name, ProviderSettings::apiKey)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("router", "from-env"), org.assertj.core.groups.Tuple.tuple("claude", "claude-file"));
        assertThat(LlmSettings.load(Map.of(), LlmKeys.none(), file, Json.mapper()).providers()).isEmpty();
    }
}
