package dev.fridgechef.gui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the desktop app exists in English and Russian (Russian may add ".few" plural forms), and no page's key hides a core text or another page's. */
class GuiBundlesTest {

    @Test
    void everyKeyIsTranslatedBothWays() throws IOException {
        for (String bundle : GuiSession.BUNDLES) {
            Set<String> english = load(bundle, "").stringPropertyNames();
            Set<String> russian = load(bundle, "_ru").stringPropertyNames();
            assertThat(russian).as(bundle + " in Russian").containsAll(english);
            // Russian has a third plural form ("2 рецепта" between "1 рецепт" and "5 рецептов")
            assertThat(russian.stream().filter(k -> !english.contains(k))).as(bundle + " Russian-only keys").allMatch(k -> k.endsWith(".few"));
        }
    }

    @Test
    void russianTextsAreRussian() throws IOException {
        for (String bundle : GuiSession.BUNDLES) {
            Properties russian = load(bundle, "_ru");
            Properties english = load(bundle, "");
            long translated = russian.stringPropertyNames().stream()
                    .filter(k -> russian.getProperty(k).chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                            || russian.getProperty(k).equals(english.getProperty(k)))
                    .count();
            assertThat(translated).as(bundle).isEqualTo(russian.size());
        }
    }

    @Test
    void keysDoNotShadowEachOtherOrTheCore() throws IOException {
        Set<String> core = load("fridgechef.i18n.messages", "").stringPropertyNames();
        Set<String> seen = new HashSet<>(core);
        for (String bundle : GuiSession.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                // the frame's bundle may re-word a core error whose advice names a fridge command
                if (bundle.equals("fridgechef.gui.messages") && key.startsWith("error.") && core.contains(key)) continue;
                assertThat(seen.add(key)).as(key + " in " + bundle + " is defined elsewhere too").isTrue();
            }
        }
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = GuiBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
