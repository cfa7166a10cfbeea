package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input the issue lists, and more, against the real command: each one ends with exit code
 * 1 (bad input) or 2 (usage), a message on standard error, no "bug" and no stack trace, and the
 * stock exactly as it was (nothing half written).
 */
class BadInputCatalogueTest {
    private static final String HEADER = "name,quantity,unit,location,expires\n";

    @TempDir
    Path dir;

    CliRunner cli;

    /** One bad command line; {@code args} gets the test's temp folder to make files in. */
    record Case(String name, Function<Path, String[]> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String... args) {
        return new Case(name, d -> args);
    }

    private static Case file(String name, String fileName, byte[] content, String... extra) {
        return new Case(name, d -> {
            Path f = write(d.resolve(fileName), content);
            List<String> args = new ArrayList<>(List.of("import", f.toString()));
            args.addAll(List.of(extra));
            return args.toArray(String[]::new);
        });
    }

    private static Case config(String name, String json, String... args) {
        return new Case(name, d -> {
            write(d.resolve("config").resolve("fridgechef").resolve("llm.json"), json.getBytes(StandardCharsets.UTF_8));
            return args;
        });
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // numbers
        for (String q : List.of("abc", "-1", "0", "1e400", "NaN", "Infinity", "0.0001", "1/0", "99999999999", "")) {
            c.add(of("add quantity \"" + q + "\"", "add", "butter", q, "kg"));
        }
        c.add(of("add 0.0001 kg (check constraint)", "add", "butter", "0.0001", "kg"));
        c.add(of("add 99999 kg", "add", "butter", "99999", "kg"));
        c.add(of("add 500 l", "add", "milk", "500", "l"));
        c.add(of("add 5000 pcs", "add", "eggs", "5000", "pcs"));
        // dates
        for (String d : List.of("31.02.2026", "yesterday", "2026-13-01", "+99999d", "+-3d", "1900-01-01", "2099-01-01", "soon")) {
            c.add(of("add --expires " + d, "add", "milk", "1", "l", "--expires", d));
        }
        // units, places, names
        c.add(of("add unit parsecs", "add", "milk", "1", "parsecs"));
        c.add(of("add unit for an unknown food", "add", "grandma's \"secret\" jam 🍓", "1", "jar"));
        c.add(of("add --in garage", "add", "milk", "1", "l", "--in", "garage"));
        c.add(of("add name of control characters only", "add", "\u001b\u0007\u202e", "1", "l"));
        c.add(of("add name of 300 letters", "add", "a".repeat(300), "1", "l"));
        c.add(of("add note of 2000 letters", "add", "milk", "1", "l", "--note", "n".repeat(2000)));
        c.add(of("add without a quantity", "add", "milk"));
        c.add(of("add --food 99999", "add", "milk", "1", "l", "--food", "99999"));
        // use, edit, remove
        c.add(of("use abc", "use", "milk", "abc", "l"));
        c.add(of("use more than there is", "use", "milk", "5", "l"));
        c.add(of("use parsecs", "use", "milk", "1", "parsecs"));
        c.add(of("use something not in stock", "use", "caviar", "1", "g"));
        c.add(of("edit --qty NaN", "edit", "1", "--qty", "NaN"));
        c.add(of("edit --qty 99999 --unit kg", "edit", "1", "--qty", "99999", "--unit", "kg"));
        c.add(of("edit --expires yesterday", "edit", "1", "--expires", "yesterday"));
        c.add(of("edit --expires 1900-01-01", "edit", "1", "--expires", "1900-01-01"));
        c.add(of("edit an id that is not there", "edit", "999", "--qty", "1"));
        c.add(of("edit id abc", "edit", "abc", "--qty", "1"));
        c.add(of("remove an id that is not there", "remove", "999"));
        // import files
        c.add(new Case("import a missing file", d -> new String[] {"import", d.resolve("nope.csv").toString()}));
        c.add(new Case("import a missing file in a Cyrillic folder with spaces",
                d -> new String[] {"import", d.resolve("мои файлы").resolve("запасы на кухне.csv").toString()}));
        c.add(new Case("import a folder", d -> {
            Path folder = d.resolve("a folder.csv");
            createDirectories(folder);
            return new String[] {"import", folder.toString()};
        }));
        c.add(file("import an empty file", "empty.csv", new byte[0]));
        c.add(file("import a file of blank lines", "blank.csv", "\n\n  \n".getBytes(StandardCharsets.UTF_8)));
        c.add(file("import a binary file", "photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
        c.add(file("import a JSON binary file", "data.json", new byte[] {'[', 0, 1, 2, 3, ']'}));
        c.add(new Case("import a 21 MB file", d -> {
            Path big = d.resolve("big.csv");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.write(HEADER.getBytes(StandardCharsets.UTF_8));
                f.setLength(21L * 1024 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"import", big.toString()};
        }));
        if (Files.exists(Path.of("/dev/zero"))) c.add(of("import /dev/zero", "import", "/dev/zero", "--format", "csv"));
        c.add(file("import 100,001 rows", "many.csv", rows(100_001, null)));
        c.add(file("import an undecidable 8-bit encoding", "mixed.csv",
                bytes(HEADER, (byte) 0xC0, (byte) 0xE0, (byte) ' ', (byte) 'x', (byte) 0xE9, (byte) 'y', (byte) ',', (byte) '1', (byte) ',',
                        (byte) 'g', (byte) '\n')));
        c.add(file("import a bad last row", "last.csv", rows(2000, "milk,lots,l,fridge,")));
        c.add(file("import 60 bad rows", "sixty.csv", sixtyBadRows()));
        c.add(file("import without a unit column", "nounit.csv", "name,quantity\nmilk,1\n".getBytes(StandardCharsets.UTF_8)));
        c.add(file("import an unknown column", "colour.csv", "name,quantity,unit,colour\nmilk,1,l,white\n".getBytes(StandardCharsets.UTF_8)));
        c.add(file("import a header only", "header.csv", HEADER.getBytes(StandardCharsets.UTF_8)));
        c.add(file("import broken quoting", "quotes.csv", (HEADER + "\"milk,1,l,fridge,\n").getBytes(StandardCharsets.UTF_8)));
        c.add(file("import broken JSON", "broken.json", "[{\"name\": \"milk\",".getBytes(StandardCharsets.UTF_8)));
        c.add(file("import JSON that is not an array", "object.json", "{\"name\": \"milk\"}".getBytes(StandardCharsets.UTF_8)));
        c.add(file("import JSON of numbers", "numbers.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)));
        c.add(file("import an implausible row", "huge.csv", (HEADER + "butter,99999,kg,fridge,\n").getBytes(StandardCharsets.UTF_8)));
        c.add(file("import a file with no known format", "stock.txt", (HEADER + "milk,1,l,,\n").getBytes(StandardCharsets.UTF_8)));
        c.add(file("import with --format xml", "stock2.csv", (HEADER + "milk,1,l,,\n").getBytes(StandardCharsets.UTF_8), "--format", "xml"));
        c.add(new Case("import a bad row from a Cyrillic folder with spaces", d -> {
            Path f = write(d.resolve("мои файлы").resolve("запасы на кухне.csv"), (HEADER + "молоко,много,л,,\n").getBytes(StandardCharsets.UTF_8));
            return new String[] {"import", f.toString()};
        }));
        // plan, profile, food, list
        c.add(of("plan --meals \"\"", "plan", "--meals", ""));
        c.add(of("plan --meals brunch", "plan", "--meals", "brunch"));
        c.add(of("plan --days abc", "plan", "--days", "abc"));
        c.add(of("plan --start yesterday", "plan", "--start", "yesterday"));
        c.add(of("profile set --age abc", "profile", "set", "--age", "abc"));
        c.add(of("profile set --height -5", "profile", "set", "--height", "-5"));
        c.add(of("food show 99999", "food", "show", "99999"));
        c.add(of("list --expiring soon", "list", "--expiring", "soon"));
        c.add(of("--lang xx", "--lang", "xx", "list"));
        // AI settings
        c.add(config("plan --ai with a broken llm.json", "{broken", "plan", "--ai"));
        c.add(config("chat with a broken llm.json", "{broken", "chat", "hello"));
        c.add(config("llm status with a budget of -5", "{\"monthly_budget_usd\": -5}", "llm", "status"));
        c.add(config("llm status with 0 plans a minute", "{\"generations_per_minute\": 0}", "llm", "status"));
        c.add(config("llm status with a budget of \"lots\"", "{\"monthly_budget_usd\": \"lots\"}", "llm", "status"));
        return c;
    }

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("store")).withEnv(Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", dir.resolve("config").toString()));
        createDirectories(dir.resolve("store"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsAClearAnswerAndChangesNothing(Case c) {
        cli.run("add", "milk", "1", "l", "--expires", "+3d").ok();
        JsonNode before = cli.list();

        Result r = cli.run(c.args().apply(dir));

        assertThat(r.exitCode()).as(r.toString()).isIn(1, 2);
        assertThat(r.err()).as(r.toString()).isNotBlank()
                .doesNotContainIgnoringCase("bug").doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Unexpected error");
        assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("\u001b").doesNotContain("\u202e");
        assertThat(cli.list()).as("the stock after: " + c).isEqualTo(before);
    }

    @Test
    void excelCsvWithAByteOrderMarkImports() {
        Path csv = write(dir.resolve("excel.csv"), bytes("\uFEFF" + HEADER + "eggs,6,pcs,fridge,\n"));
        cli.run("import", csv.toString()).ok();
        assertThat(cli.list().get(0).get("food_id").asText()).isEqualTo("01123");
    }

    @Test
    void cyrillicAndLatinOneCsvFilesAreRead() {
        Path cyrillic = write(dir.resolve("windows-1251.csv"), (HEADER + "творог,200,г,холодильник,\nгречка,800,г,кладовая,\n")
                .getBytes(Charset.forName("windows-1251")));
        Result r = cli.run("import", cyrillic.toString()).ok();
        assertThat(r.err()).contains("as windows-1251");
        Path latin = write(dir.resolve("latin-1.csv"), (HEADER + "crème fraîche,200,g,fridge,\nMüsli,500,g,pantry,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(cli.run("import", latin.toString()).ok().err()).contains("as windows-1252");
        assertThat(cli.list()).extracting(i -> i.get("name").asText())
                .containsExactlyInAnyOrder("творог", "гречка", "crème fraîche", "Müsli");
    }

    @Test
    void implausibleValuesPassWithForce() {
        cli.run("add", "butter", "99999", "kg", "--force").ok();
        JsonNode id = cli.list().get(0).get("id");
        cli.run("edit", id.asText(), "--expires", "1999-12-31", "--force").ok();
        // an edit that leaves amount and expiry alone does not ask again
        cli.run("edit", id.asText(), "--note", "for the bakery").ok();
        Path csv = write(dir.resolve("huge.csv"), (HEADER + "flour,500,kg,pantry,2040-01-01\n").getBytes(StandardCharsets.UTF_8));
        cli.run("import", csv.toString()).exit(1);
        cli.run("import", csv.toString(), "--force").ok();
        assertThat(cli.list()).hasSize(2);
    }

    @Test
    void controlAndBidiCharactersNeverReachTheStoreOrTheTerminal() {
        cli.run("add", "milk\u001b[31m\u0007 \u202efresh\u2066", "1", "l", "--note", "a\u009bb\u200f").ok();
        JsonNode item = cli.list().get(0);
        assertThat(item.get("name").asText()).isEqualTo("milk[31m fresh");
        assertThat(item.get("note").asText()).isEqualTo("ab");
        // text from elsewhere (here an error message quoting the input) is printed without them too
        Result r = cli.run("add", "milk", "1", "\u001b[2Jparsecs\u202e").exit(1);
        assertThat(r.err()).contains("[2Jparsecs").doesNotContain("\u001b").doesNotContain("\u202e");
    }

    @Test
    void manyBadRowsAreListedUpTo50WithACount() {
        Path csv = write(dir.resolve("sixty.csv"), sixtyBadRows());
        Result r = cli.run("import", csv.toString()).exit(1);
        assertThat(r.err()).contains("The file has 60 bad row(s)").contains("line 51:").doesNotContain("line 52:")
                .contains("... and 10 more bad row(s)");
    }

    @Test
    void aBrokenAiSettingsFileOnlyStopsTheAiCommands() {
        Path config = write(dir.resolve("config").resolve("fridgechef").resolve("llm.json"), bytes("{broken"));
        cli.run("add", "eggs", "6", "pcs").ok();
        assertThat(cli.list()).hasSize(1);
        cli.run("profile", "set", "--sex", "female", "--age", "34", "--height", "168", "--weight", "64", "--activity", "moderate").ok();
        cli.run("plan", "--days", "1", "--meals", "lunch").ok();
        Result ai = cli.run("plan", "--ai", "--days", "1").exit(1);
        assertThat(ai.err()).contains("Cannot read the AI settings file " + config).contains("line 1, column 2");
        assertThat(cli.run("llm", "status").exit(1).err()).contains(config.toString());
    }

    private static byte[] rows(int count, String lastRow) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) csv.append("rice,").append(i % 900 + 1).append(",g,pantry,\n");
        if (lastRow != null) csv.append(lastRow).append('\n');
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sixtyBadRows() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 60; i++) csv.append("rice,lots,g,pantry,\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text, byte... more) {
        byte[] start = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + more.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(more, 0, all, start.length, more.length);
        return all;
    }

    private static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
