package dev.fridgechef.store;

import dev.fridgechef.config.AppFolders;
import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLocationConfigTest {
    @TempDir
    Path dir;

    @Test
    void theChosenFolderComesAfterDbAndFridgechefHomeAndBeforeThePlatformDefault() {
        Path home = dir.resolve("home");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg-config").toString());
        Path config = dir.resolve("xdg-config/fridgechef");
        assertThat(StoreLocation.resolve(null, new AppFolders(env, "Linux", home))).isEqualTo(home.resolve(".local/share/fridgechef/fridgechef"));

        StoreLocation.chooseFolder(config, dir.resolve("usb/kitchen"));
        assertThat(Files.isRegularFile(config.resolve(StoreLocation.CONFIG_FILE))).isTrue();
        assertThat(StoreLocation.resolve(null, new AppFolders(env, "Linux", home))).isEqualTo(dir.resolve("usb/kitchen/fridgechef"));
        assertThat(StoreLocation.resolve("/tmp/x/db", new AppFolders(env, "Linux", home))).isEqualTo(Path.of("/tmp/x/db"));
        Map<String, String> withHome = Map.of("XDG_CONFIG_HOME", env.get("XDG_CONFIG_HOME"), "FRIDGECHEF_HOME", "/data/fc");
        assertThat(StoreLocation.resolve(null, new AppFolders(withHome, "Linux", home))).isEqualTo(Path.of("/data/fc/fridgechef"));
        // without XDG_CONFIG_HOME the file is looked for in ~/.config/fridgechef
        StoreLocation.chooseFolder(home.resolve(".config/fridgechef"), dir.resolve("elsewhere"));
        assertThat(StoreLocation.resolve(null, new AppFolders(Map.of(), "Linux", home))).isEqualTo(dir.resolve("elsewhere/fridgechef"));
    }

    @Test
    void aBrokenFileIsReportedNotIgnored() throws Exception {
        Files.writeString(dir.resolve(StoreLocation.CONFIG_FILE), "{not json");
        assertThatThrownBy(() -> StoreLocation.resolve(null, new AppFolders(Map.of(), "Linux", dir.resolve("home")), dir))
                .isInstanceOf(UserException.class);
    }

    @Test
    void copyMakesAVerifiedCopyAndNeverOverwrites() throws Exception {
        Path target = dir.resolve("new-place");
        try (Store store = Store.open(dir.resolve("old/fridgechef"))) {
            store.jdbi().useHandle(h -> h.execute("MERGE INTO profile (user_name, document, updated_at) KEY (user_name) VALUES ('default', '{}', CURRENT_TIMESTAMP)"));
            Path copied = StoreCopy.copy(store, target);
            assertThat(copied).isEqualTo(target.toAbsolutePath().resolve("fridgechef"));
            assertThat(StoreCopy.hasStore(target)).isTrue();
            assertThatThrownBy(() -> StoreCopy.copy(store, target)).isInstanceOf(UserException.class);
        }
        assertThat(Files.exists(dir.resolve("old/fridgechef.mv.db"))).isTrue();
        try (Store copy = Store.open(target.resolve("fridgechef"))) {
            int rows = copy.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM profile").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(1);
        }
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".fridgechef-moving"))).isEmpty();
        }
    }
}
