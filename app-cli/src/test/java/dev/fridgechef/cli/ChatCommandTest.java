package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** fridge chat: one question, the REPL driven through the standard input, and list/show/rm/export, against OpenAI's streaming format. */
class ChatCommandTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private CliRunner cli;
    private CliRunner offline;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        cli = new CliRunner(dir).withOpenAi(server);
        offline = cli.withEnv(Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", dir.resolve("config").toString()));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void answer(String... pieces) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : pieces) {
            body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"local-model\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"content\":").append(CliRunner.JSON.writeValueAsString(p)).append("},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"local-model\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":200,\"completion_tokens\":5,\"total_tokens\":205}}\n\n"
                + "data: [DONE]\n\n");
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString()));
    }

    private JsonNode sentMessages() throws Exception {
        return CliRunner.JSON.readTree(server.takeRequest().getBody().readUtf8()).get("messages");
    }

    @Test
    void theSameOpeningQuestionAboutTheSameDataIsAnsweredFromTheCacheUnlessNoCacheIsGiven() throws Exception {
        answer("Eat ", "lentils.");
        cli.run("chat", "cheap", "protein", "from", "my", "fridge?").ok();
        CliRunner.Result again = cli.run("chat", "--new", "Cheap protein from my fridge").ok();
        assertThat(again.out()).isEqualTo("Eat lentils.\n");
        assertThat(again.err()).contains("conversation 2: Cheap protein from my fridge").contains("answer given in conversation 1 earlier today");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(cli.run("usage").ok().out()).contains("1 chat (the same question opening a conversation");
        answer("Beans.");
        assertThat(cli.run("chat", "--new", "--no-cache", "cheap protein from my fridge?").ok().out()).isEqualTo("Beans.\n");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void questionsAboutItsOwnDataAreAnsweredByTheAppEvenWithoutAProvider() throws Exception {
        offline.run("add", "cod", "400", "g", "--expires", "+1d").ok();
        CliRunner.Result local = offline.run("chat", "--new", "What expires soon?").ok();
        assertThat(local.out()).startsWith("Use these first").contains("cod, 400 g — expires tomorrow");
        assertThat(local.err()).contains("answered by Fridge Chef from your stock, recipes and plan, with no model call");
        assertThat(offline.run("usage").ok().out()).contains("answered itself from your stock, recipes and plan: 1");
        assertThat(offline.run("--lang", "ru", "chat", "--new", "Что скоро испортится?").ok().out()).contains("cod, 400 г — истекает завтра");
        CliRunner.Result refused = offline.run("chat", "--new", "Is oatmeal good for losing weight?");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Without one, it answers only what Fridge Chef knows itself");
        assertThat(offline.run("chat", "--no-cache", "What expires soon?").exitCode()).isEqualTo(1);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aGeneralQuestionSaysItWentWithoutTheStockAndItsAnswerServedAgainSaysSo() throws Exception {
        answer("Yes, in moderation.");
        CliRunner.Result first = cli.run("chat", "Is oatmeal good for losing weight?").ok();
        assertThat(first.err()).contains("a general question: only your targets and rules were sent");
        assertThat(sentMessages().get(0).get("content").asText()).doesNotContain("STOCK");
        CliRunner.Result again = cli.run("chat", "--new", "Does oatmeal help with weight loss?").ok();
        assertThat(again.out()).isEqualTo("Yes, in moderation.\n");
        assertThat(again.err()).contains("the answer given in conversation 1 earlier to the same general question");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aQuestionContinuesTheLatestConversationAndNewStartsAnother() throws Exception {
        answer("Eat ", "lentils.");
        CliRunner.Result first = cli.run("chat", "cheap", "protein?").ok();
        assertThat(first.out()).isEqualTo("Eat lentils.\n");
        assertThat(first.err()).contains("conversation 1: cheap protein?").contains("answered by openai/local-model");
        answer("About 9 g per 100 g.");
        cli.run("chat", "how much in lentils?").ok();
        answer("Yes.");
        assertThat(cli.run("chat", "--new", "is milk ok?").ok().err()).contains("conversation 2: is milk ok?");
        answer("Sure.");
        cli.run("chat", "--conversation", "1", "and beans?").ok();

        sentMessages();
        assertThat(sentMessages()).hasSize(4); // system, question, answer, question
        assertThat(sentMessages()).hasSize(2);
        assertThat(sentMessages()).hasSize(6);

        JsonNode list = cli.run("chat", "list", "--json").ok().json();
        assertThat(list).extracting(c -> c.get("id").asInt()).containsExactly(1, 2);
        assertThat(list.get(0).get("messages").asInt()).isEqualTo(6);
        String shown = offline.run("chat", "show", "1").ok().out();
        assertThat(shown).startsWith("Conversation 1: cheap protein? (6 messages").contains("You · 2026-11-25 10:00\ncheap protein?")
                .contains("Assistant · 2026-11-25 10:00\nEat lentils.");
    }

    @Test
    void theReplAsksSwitchesRenamesAndEndsAtTheEndOfTheInput() throws Exception {
        answer("Oat", "meal\u009b\u202e.");
        answer("With berries.");
        answer("Kefir.");
        CliRunner.Result r = cli.withInput("""
                breakfast ideas?
                /title Breakfasts
                and with fruit?
                /new
                /title too early
                a drink?
                /list
                /switch 1
                /switch 99
                /bogus
                /help
                """).run("chat").ok();
        assertThat(r.out()).isEqualTo("Oatmeal.\nWith berries.\nKefir.\n");
        assertThat(r.err()).contains("[new] you> ").contains("Conversation 1 is now called: Breakfasts").contains("[1] you> ")
                .contains("Ask a question first").contains("conversation 2: a drink?")
                .contains("Conversation 1: Breakfasts").contains("There is no conversation 99").contains("Unknown command /bogus")
                .contains("/switch ID");
        assertThat(r.err().lines().filter(l -> l.contains("Breakfasts")).count()).isGreaterThanOrEqualTo(3);
        JsonNode first = CliRunner.JSON.readTree(server.takeRequest().getBody().readUtf8());
        server.takeRequest();
        JsonNode third = sentMessages();
        assertThat(third).hasSize(2);
        assertThat(cli.run("chat", "list").ok().out()).contains("Breakfasts").contains("a drink?");
        assertThat(first.get("stream").asBoolean()).isTrue();
    }

    @Test
    void quitEndsTheReplAndNothingIsAskedWithoutAQuestion() {
        CliRunner.Result r = cli.withInput("\n   \n/quit\nnever asked\n").run("chat").ok();
        assertThat(r.out()).isEmpty();
        assertThat(server.getRequestCount()).isZero();
        assertThat(cli.run("chat", "list").ok().out()).contains("No conversations yet");
    }

    @Test
    void listShowRemoveAndExportWorkWithoutAProviderAndUnknownIdsSaySo() throws Exception {
        answer("Drink water.");
        cli.run("chat", "thirsty?").ok();
        CliRunner.Result noProvider = offline.run("chat", "hello");
        assertThat(noProvider.exit(1).err()).contains("Chat needs an AI provider").doesNotContain("Exception");
        assertThat(offline.withInput("hi\n").run("chat").exit(1).err()).contains("Chat needs an AI provider");

        String md = offline.run("chat", "export", "1").ok().out();
        assertThat(md).startsWith("# thirsty?\n\n## You · 2026-11-25 10:00\n\nthirsty?\n\n## Assistant");
        Path file = dir.resolve("chat.json");
        assertThat(offline.run("chat", "export", "1", "--json", "-o", file.toString()).ok().err()).contains("Conversation 1 written to");
        JsonNode doc = CliRunner.JSON.readTree(Files.readString(file));
        assertThat(doc.get("messages")).extracting(m -> m.get("role").asText()).containsExactly("user", "assistant");
        assertThat(doc.get("messages").get(1).get("tokens_out").asInt()).isEqualTo(5);
        assertThat(offline.run("chat", "export", "1", "--json", "--md").exit(2).err()).contains("--json or --md");

        for (String[] args : new String[][] {{"chat", "show", "7"}, {"chat", "rm", "7"}, {"chat", "export", "7"}}) {
            assertThat(offline.run(args).exit(1).err()).isEqualTo("There is no conversation 7. See fridge chat list.\n");
        }
        assertThat(cli.run("chat", "--conversation", "7", "hi").exit(1).err()).contains("There is no conversation 7");
        assertThat(offline.run("chat", "rm", "1").ok().out()).contains("Deleted conversation 1: thirsty?");
        assertThat(offline.run("chat", "list").ok().out()).contains("No conversations yet");
        JsonNode all = offline.run("export", "--all").ok().json();
        assertThat(all.get("chat_conversations")).isEmpty();
    }

    @Test
    void aFailedCallKeepsTheQuestionAndSaysSo() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"bad key\"}}"));
        CliRunner.Result r = cli.run("chat", "will you answer?").exit(1);
        assertThat(r.err()).contains("No AI provider answered").contains("Your question is kept in conversation 1").doesNotContain("sk-never");
        assertThat(cli.run("chat", "show", "1").ok().out()).contains("will you answer?");
        assertThat(cli.run("export", "--all").ok().json().get("chat_messages")).hasSize(1);
    }
}
