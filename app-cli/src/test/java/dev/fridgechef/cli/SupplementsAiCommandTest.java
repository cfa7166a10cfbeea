package dev.fridgechef.cli;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** fridge supplements --ai against OpenAI's format: a rewording is shown only when its numbers are the computed ones. */
class SupplementsAiCommandTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        cli = new CliRunner(dir).withOpenAi(server);
        cli.run("profile", "set", "--sex", "male", "--age", "30", "--height", "180", "--weight", "80", "--activity", "active",
                "--diet", "vegan").ok();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void answer(String text) throws Exception {
        String body = "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"local-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + CliRunner.JSON.writeValueAsString(text) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":400,\"total_tokens\":1300}}";
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
    }

    @Test
    void aRewordingWithTheComputedNumbersIsShown() throws Exception {
        String offline = cli.run("supplements").ok().out();
        answer("In short: " + offline);
        String out = cli.run("supplements", "--ai").ok().out();
        assertThat(out).startsWith("In short: Not medical advice").doesNotContain("offline text");
        assertThat(CliRunner.JSON.readTree(server.takeRequest().getBody().readUtf8()).get("messages").get(1).get("content").asText())
                .isEqualTo(offline);
    }

    @Test
    void aRewordingThatChangesADoseIsReplacedByTheOfflineText() throws Exception {
        String offline = cli.run("supplements").ok().out();
        answer("Not medical advice. Take 999 mg of caffeine and 3 g of creatine.");
        String out = cli.run("supplements", "--ai").ok().out();
        assertThat(out).startsWith(offline.strip()).contains("The AI rewording changed or dropped numbers (999, 240, 600, 50, 250)");
    }
}
