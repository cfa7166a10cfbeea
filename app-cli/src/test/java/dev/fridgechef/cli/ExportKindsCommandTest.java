package dev.fridgechef.cli;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fridge export plan|shopping|recipe|diary}: PDF, calendar and Markdown files, and the clear refusals; the stock export unchanged. */
class ExportKindsCommandTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    private void planAWeek() {
        cli.run("profile", "set", "--sex", "female", "--age", "35", "--height", "168", "--weight", "62", "--activity", "light",
                "--goal", "maintain").ok();
        cli.add("chicken breast", "600", "g", "--expires", "+2d");
        cli.add("eggs", "10", "pcs", "--expires", "+9d");
        cli.add("buckwheat", "1", "kg");
        cli.add("milk", "1", "l", "--expires", "+3d");
        cli.run("plan", "--days", "7", "--meals", "breakfast,lunch,dinner").ok();
    }

    private static String pdfText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Nothing but {@code expected} in the folder: no temporary or half-written file left behind. */
    private void onlyFiles(String... expected) throws IOException {
        try (Stream<Path> list = Files.list(files)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(expected);
        }
    }

    @Test
    void thePlanAsPdfInEnglishAndRussian() throws IOException {
        planAWeek();
        Path en = files.resolve("plan.pdf");
        CliRunner.Result r = cli.run("export", "plan", "--pdf", "-o", en.toString()).ok();
        assertThat(r.err()).contains("Written " + en).contains("A4");
        assertThat(pdfText(en)).contains("Meal plan").contains("Daily targets").contains("Total");
        Path ru = files.resolve("план.pdf");
        cli.run("--lang", "ru", "export", "plan", "-o", ru.toString(), "--paper", "letter").ok();
        assertThat(pdfText(ru)).contains("План питания").contains("Итого").contains("Завтрак");
        onlyFiles("plan.pdf", "план.pdf");
    }

    @Test
    void thePlanAsACalendarAndAsMarkdown() throws Exception {
        planAWeek();
        String ics = cli.run("export", "plan", "--ics", "--times", "breakfast=08:00,lunch=13:00,dinner=19:00", "--zone", "Europe/Moscow").ok().out();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getComponents("VEVENT")).hasSize(21);
        assertThat(ics).contains("DTSTART:20261125T050000Z").contains("DTSTART:20261125T100000Z").contains("DTSTART:20261125T160000Z");

        Path file = files.resolve("plan.ics");
        assertThat(cli.run("export", "plan", "--ics", "-o", file.toString()).ok().err()).contains("No meal times: every meal is an all-day entry");
        String written = Files.readString(file);
        assertThat(written).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20261125\r\n");

        String md = cli.run("export", "plan", "--md").ok().out();
        assertThat(md).startsWith("# Meal plan, ").contains("| Meal | Dish | Servings | kcal | Protein, g |").contains("## Shopping list");
    }

    @Test
    void theShoppingListARecipeCardAndTheDiary() throws IOException {
        planAWeek();
        Path shopping = files.resolve("shopping.pdf");
        cli.run("export", "shopping", "--pdf", "-o", shopping.toString()).ok();
        assertThat(pdfText(shopping)).contains("Shopping list");

        Path recipe = files.resolve("borscht.pdf");
        cli.run("--lang", "ru", "export", "recipe", "borscht-with-beef", "--servings", "2", "-o", recipe.toString()).ok();
        assertThat(pdfText(recipe)).contains("Борщ с говядиной").contains("Ингредиенты на 2 порц.").contains("200 г");

        cli.run("ate", "apple", "150", "g", "--at", "08:30").ok();
        Path day = files.resolve("day.pdf");
        cli.run("export", "diary", "--pdf", "-o", day.toString()).ok();
        assertThat(pdfText(day)).contains("Diary: Wednesday, 25 November 2026").contains("apples").contains("Analysis of the day");
        Path week = files.resolve("week.pdf");
        cli.run("export", "diary", "2026-11-25", "--week", "-o", week.toString()).ok();
        assertThat(pdfText(week)).contains("Diary: week").contains("Average of 1 logged day");
        onlyFiles("shopping.pdf", "borscht.pdf", "day.pdf", "week.pdf");
    }

    @Test
    void clearRefusalsAndNoFileLeftBehind() throws IOException {
        Path out = files.resolve("x.pdf");
        assertThat(cli.run("export", "plan", "--pdf", "-o", out.toString()).exit(1).err()).contains("There is no stored plan yet");
        planAWeek();
        assertThat(cli.run("export", "plan", "99", "-o", out.toString()).exit(1).err()).contains("There is no stored plan 99");
        assertThat(cli.run("export", "recipe", "no-such-dish", "-o", out.toString()).exit(1).err()).contains("There is no recipe \"no-such-dish\"");
        assertThat(cli.run("export", "recipe", "borscht-with-beef", "--servings", "0", "-o", out.toString()).exit(1).err())
                .contains("Servings must be a number above 0");
        assertThat(cli.run("export", "diary", "2026-13-45", "-o", out.toString()).exit(1).err()).isNotBlank();
        assertThat(cli.run("export", "recipe", "borscht-with-beef", "--ics").exit(2).err()).contains("fridge export recipe writes only: --pdf");
        assertThat(cli.run("export", "plan", "--pdf", "--md", "-o", out.toString()).exit(2).err()).contains("Choose one format");
        assertThat(cli.run("export", "plan", "--pdf").exit(2).err()).contains("A PDF is written to a file: add -o FILE");
        assertThat(cli.run("export", "plan", "--paper", "a5", "-o", out.toString()).exit(1).err()).contains("Unknown paper size \"a5\"");
        assertThat(cli.run("export", "plan", "--ics", "--zone", "Mars/Olympus").exit(1).err()).contains("Unknown time zone \"Mars/Olympus\"");
        assertThat(cli.run("export", "plan", "--ics", "--times", "lunch=25:00").exit(1).err()).contains("Cannot read the meal times");
        assertThat(cli.run("export", "plan", "--md", "--times", "lunch=13:00").exit(2).err()).contains("--times and --zone are for the calendar");
        Path noFolder = files.resolve("missing").resolve("plan.pdf");
        assertThat(cli.run("export", "plan", "-o", noFolder.toString()).exit(1).err()).contains("Cannot write the file");
        assertThat(cli.run("export", "plan", "-o", files.toString()).exit(1).err()).contains("Cannot write the file");
        onlyFiles();
    }

    @Test
    void theStockExportWorksAsBefore() throws IOException {
        cli.add("milk", "1", "l");
        assertThat(cli.run("export").ok().out()).startsWith("name,");
        assertThat(cli.run("export", "--format", "json").ok().out()).startsWith("[");
        Path csv = files.resolve("stock.csv");
        assertThat(cli.run("export", "-o", csv.toString()).ok().err()).contains("Exported 1 item(s)");
        assertThat(Files.readString(csv)).contains("milk");
        assertThat(cli.run("export", "--all").ok().json().has("profile")).isTrue();
    }
}
