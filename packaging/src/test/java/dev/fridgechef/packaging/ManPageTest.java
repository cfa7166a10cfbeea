package dev.fridgechef.packaging;

import dev.fridgechef.cli.CommandModel;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ManPageTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void everyVisibleSubcommandHasASectionWithItsOptions() {
        CommandLine model = CommandModel.of(Locale.ENGLISH);

        String page = new ManPage("0.1.0", DATE, Locale.ENGLISH).render(model);

        assertThat(page).startsWith(".TH \"FRIDGE\" 1 \"2026\\-12\\-01\" \"Fridge Chef 0.1.0\" \"Fridge Chef\"\n.SH NAME\n");
        for (CommandLine sub : model.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                assertThat(page).contains(".SS \"fridge " + ManPage.text(sub.getCommandSpec().name()) + "\"");
            }
        }
        List<String> headings = page.lines().filter(l -> l.startsWith(".SS ")).toList();
        assertThat(headings).doesNotHaveDuplicates().contains(".SS \"fridge chat list\"");
        assertThat(page).contains(".SS \"fridge list\"\n.PP\n.B fridge list").contains("Alias: \\fBls\\fR");
        assertThat(page).contains(".TP\n\\fB\\-\\-db\\fR \\fIPATH\\fR\nStore to use")
                .contains(".SH ENVIRONMENT").contains("FRIDGECHEF_HOME")
                .doesNotContain("%n").doesNotContain("${");
    }

    @Test
    void theRussianPageTakesTheCommandsRussianHelp() {
        String page = new ManPage("0.1.0", DATE, Locale.forLanguageTag("ru")).render(CommandModel.of(Locale.forLanguageTag("ru")));

        assertThat(page).contains(".SH КОМАНДЫ").contains(".SH ОКРУЖЕНИЕ").contains("Скрипт автодополнения для bash/zsh");
    }

    @Test
    void troffControlCharactersAreEscaped() {
        assertThat(ManPage.text(".hidden")).isEqualTo("\\&.hidden");
        assertThat(ManPage.text("'quoted")).isEqualTo("\\&'quoted");
        assertThat(ManPage.text("a\\b --db")).isEqualTo("a\\eb \\-\\-db");
    }

    @Test
    void mavenVersionsBecomePackageVersions() {
        assertThat(InstallerBuild.packageVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(InstallerBuild.packageVersion("1.2.3")).isEqualTo("1.2.3");
    }
}
