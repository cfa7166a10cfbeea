package dev.fridgechef.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every help text and message of the command exists in English and in Russian. */
class CliBundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {FridgeCommand.HELP_BUNDLE, FridgeCommand.CLI_MESSAGES})
    void everyKeyIsInBothLanguages(String bundle) throws IOException {
        Properties english = load(bundle, "");
        Properties russian = load(bundle, "_ru");
        assertThat(russian.stringPropertyNames()).as(bundle + " in Russian").containsAll(english.stringPropertyNames());
        // Russian may add ".few" plural forms
        assertThat(russian.stringPropertyNames().stream().filter(k -> !english.containsKey(k))).as(bundle + " only in Russian")
                .allMatch(k -> k.endsWith(".few"));
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = CliBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
