package dev.fridgechef.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of the core and the command exists in English and in Russian. */
class MessageBundlesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/fridgechef/i18n/messages", "/fridgechef/cli/messages", "/fridgechef/cli/help"})
    void englishAndRussianHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties russian = load(bundle + "_ru.properties");
        assertThat(russian.stringPropertyNames()).as("keys of %s_ru", bundle).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as("%s in %s", key, bundle).isNotBlank();
            assertThat(russian.getProperty(key)).as("%s in %s_ru", key, bundle).isNotBlank();
        }
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
