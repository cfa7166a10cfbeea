package dev.fridgechef.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppFoldersTest {
    private static final Path HOME = Path.of("/home/anna");

    @Test
    void foldersFollowHomeNotJavasUserHome() {
        AppFolders folders = AppFolders.from(Map.of("HOME", "/tmp/other-home"));
        assertThat(folders.home()).isEqualTo(Path.of("/tmp/other-home"));
        assertThat(folders.configFolder()).isEqualTo(Path.of("/tmp/other-home/.config/fridgechef"));
        assertThat(AppFolders.from(Map.of()).home()).isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(AppFolders.from(Map.of("HOME", " ")).home()).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void linuxFollowsXdgAndIgnoresRelativeXdgPaths() {
        AppFolders xdg = new AppFolders(Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d", "XDG_STATE_HOME", "/s"), "Linux", HOME);
        assertThat(xdg.configFolder()).isEqualTo(Path.of("/c/fridgechef"));
        assertThat(xdg.dataFolder()).isEqualTo(Path.of("/d/fridgechef"));
        assertThat(xdg.logFolder()).isEqualTo(Path.of("/s/fridgechef/logs"));
        AppFolders plain = new AppFolders(Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME);
        assertThat(plain.configFolder()).isEqualTo(HOME.resolve(".config/fridgechef"));
        assertThat(plain.dataFolder()).isEqualTo(HOME.resolve(".local/share/fridgechef"));
        assertThat(plain.logFolder()).isEqualTo(HOME.resolve(".local/state/fridgechef/logs"));
    }

    @Test
    void macAndWindowsUseTheirOwnFolders() {
        AppFolders mac = new AppFolders(Map.of(), "Mac OS X", HOME);
        assertThat(mac.dataFolder()).isEqualTo(HOME.resolve("Library/Application Support/FridgeChef"));
        assertThat(mac.logFolder()).isEqualTo(HOME.resolve("Library/Logs/FridgeChef"));
        AppFolders windows = new AppFolders(Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"), "Windows 11", HOME);
        assertThat(windows.dataFolder()).isEqualTo(Path.of("/r", "FridgeChef"));
        assertThat(windows.logFolder()).isEqualTo(Path.of("/l", "FridgeChef", "logs"));
    }

    @Test
    void llmConfigFileAndDataFolderOverrides() {
        assertThat(new AppFolders(Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", HOME).llmConfigFile()).isEqualTo(Path.of("/xdg/fridgechef/llm.json"));
        assertThat(new AppFolders(Map.of(), "Linux", HOME).llmConfigFile()).isEqualTo(HOME.resolve(".config/fridgechef/llm.json"));
        assertThat(new AppFolders(Map.of("FRIDGECHEF_LLM_CONFIG", "/etc/fc.json"), "Linux", HOME).llmConfigFile()).isEqualTo(Path.of("/etc/fc.json"));
        assertThat(new AppFolders(Map.of("FRIDGECHEF_HOME", "/data/fc"), "Linux", HOME).fixedDataFolder()).contains(Path.of("/data/fc"));
        assertThat(new AppFolders(Map.of(), "Linux", HOME).fixedDataFolder()).isEmpty();
    }

    @Test
    void debugIsAnythingButEmptyZeroOrFalse() {
        assertThat(new AppFolders(Map.of("FRIDGECHEF_DEBUG", "1"), "Linux", HOME).debug()).isTrue();
        assertThat(new AppFolders(Map.of("FRIDGECHEF_DEBUG", "0"), "Linux", HOME).debug()).isFalse();
        assertThat(new AppFolders(Map.of(), "Linux", HOME).debug()).isFalse();
    }
}
