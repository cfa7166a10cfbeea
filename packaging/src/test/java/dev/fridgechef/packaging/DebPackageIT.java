package dev.fridgechef.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The .deb, unpacked with dpkg -x into a scratch root (its maintainer scripts are not run): the CLI
 * starts from it on the bundled runtime alone, and the package holds the link on the PATH, the man
 * pages, the completion script and the desktop entry.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the Linux layout of the app image; the other platforms' are not tested")
class DebPackageIT {
    @TempDir
    static Path root;
    @TempDir
    Path home;

    static Path deb;
    static Path fridge;

    @BeforeAll
    static void unpack() throws Exception {
        List<String> missing = Tools.missingPrograms("dpkg", "dpkg-deb", "fakeroot");
        assumeTrue(missing.isEmpty() && !"skip".equals(System.getProperty("packaging.deb")),
                "no .deb was built (packaging.deb=skip, or missing on the PATH: " + missing + ")");
        try (var files = Files.list(Installed.target())) {
            deb = files.filter(f -> f.getFileName().toString().matches("fridge-chef_.*\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no fridge-chef_*.deb in " + Installed.target()));
        }
        Tools.run(List.of("dpkg", "-x", deb.toString(), root.toString()), Map.of());
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

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
