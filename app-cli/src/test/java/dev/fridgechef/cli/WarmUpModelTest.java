package dev.fridgechef.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The class-data archive's training model answers as a real one: the AI plan and the chat answer are read from it, not a fallback. */
class WarmUpModelTest {
    @TempDir
    Path dir;

    @Test
    void anAiPlanAndAChatAnswerComeFromTheWarmUpModel() throws java.io.IOException {
        try (WarmUpModel model = new WarmUpModel()) {
            CliRunner cli = new CliRunner(dir).withEnv(Map.of("LANG", "en_US.UTF-8", "OPENAI_API_KEY", "warm-up",
                    "OPENAI_BASE_URL", model.baseUrl(), "OPENAI_MODEL", "warm-up", "XDG_CONFIG_HOME", dir.resolve("config").toString()));
            cli.run("profile", "set", "--sex", "female", "--age", "38", "--height", "165", "--weight", "68", "--activity", "light",
                    "--goal", "maintain").ok();
            cli.add("chicken breast", "600", "g", "--expires", "+2d");
            cli.add("гречка", "800", "г");
            cli.add("eggs", "10", "pcs", "--expires", "+10d");

            assertThat(cli.run("plan", "--ai", "--fresh", "--days", "3").ok().out()).contains("Made by: openai/warm-up");
            assertThat(cli.run("chat", "What should I eat for more protein?").ok().out()).contains("Eat the chicken first.");
        }
    }
}
