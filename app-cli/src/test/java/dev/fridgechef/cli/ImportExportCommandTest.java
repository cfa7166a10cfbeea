package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fridge import} (all rows or none) and {@code fridge export}, and that one reads what the other writes. */
class ImportExportCommandTest {
    private static final String HEADER = "name,quantity,unit,location,expires,opened,note,food_id\n";

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("a"));
        try {
            Files.createDirectories(dir.resolve("a"));
            Files.createDirectories(dir.resolve("b"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void importsEveryRowOfAValidCsv() {
        Path csv = cli.file("stock.csv", HEADER
                + "eggs,6,pcs,fridge,2026-12-01,false,,\n"
                + "milk,1,l,fridge,,true,for coffee,\n"
                + "\"grandma's jam, with cherries\",300,g,pantry,,,,\n"
                + "гречка,800,г,кладовая,+200d,,,\n");
        Result r = cli.run("import", csv.toString()).ok();
        assertThat(r.out()).contains("Imported 4 item(s) from " + csv)
                .contains("1 item(s) not found in the food database");

        JsonNode list = cli.list();
        assertThat(list).hasSize(4);
        JsonNode eggs = byName(list, "eggs");
        assertThat(eggs.get("food_id").asText()).isEqualTo("01123");
        assertThat(eggs.get("grams").asDouble()).isEqualTo(264.0);
        assertThat(eggs.get("expires").asText()).isEqualTo("2026-12-01");
        JsonNode milk = byName(list, "milk");
        assertThat(milk.get("opened").asBoolean()).isTrue();
        assertThat(milk.get("note").asText()).isEqualTo("for coffee");
        assertThat(milk.get("expires").isNull()).isTrue();
        JsonNode jam = byName(list, "grandma's jam, with cherries");
        assertThat(jam.get("food_id").isNull()).isTrue();
        assertThat(jam.get("location").asText()).isEqualTo("pantry");
        JsonNode buckwheat = byName(list, "гречка");
        assertThat(buckwheat.get("food_id").asText()).isEqualTo("20009");
        assertThat(buckwheat.get("location").asText()).isEqualTo("pantry");
        assertThat(buckwheat.get("expires").asText()).isEqualTo("2027-06-13");
    }

    @Test
    void importsEveryRowOfAValidJsonFile() {
        Path json = cli.file("stock.json", """
                [
                  {"name": "eggs", "quantity": 6, "unit": "pcs", "expires": "2026-12-01"},
                  {"name": "milk", "quantity": "1.5", "unit": "l", "location": "freezer", "opened": true, "note": "spare"},
                  {"name": "jam", "quantity": 1, "unit": "tbsp", "food_id": "19297"}
                ]
                """);
        JsonNode imported = cli.run("import", json.toString(), "--json").ok().json();
        assertThat(imported).hasSize(3);
        assertThat(cli.list()).hasSize(3);
        JsonNode milk = byName(cli.list(), "milk");
        assertThat(milk.get("quantity").asDouble()).isEqualTo(1.5);
        assertThat(milk.get("location").asText()).isEqualTo("freezer");
        assertThat(milk.get("note").asText()).isEqualTo("spare");
        assertThat(byName(cli.list(), "jam").get("grams").asDouble()).isEqualTo(20.0);
    }

    @Test
    void oneBadQuantityAmong500RowsImportsNothingAndNamesTheLine() {
        cli.run("add", "butter", "200", "g").ok();
        JsonNode before = cli.list();
        StringBuilder csv = new StringBuilder("name,quantity,unit,location,expires\n");
        for (int i = 1; i <= 500; i++) {
            csv.append("rice,").append(i).append(",g,pantry,2026-12-").append(String.format("%02d", i % 28 + 1)).append('\n');
            if (i == 250) csv.append("milk,lots,l,fridge,\n"); // line 252: header + 250 rows + this one
        }
        Path file = cli.file("big.csv", csv.toString());

        Result r = cli.run("import", file.toString()).exit(1);
        assertThat(r.err()).contains("The file has 1 bad row(s); nothing was imported.")
                .contains("\n  line 252: Cannot read the quantity \"lots\"")
                .doesNotContain("line 251").doesNotContain("line 253");
        assertThat(r.out()).isEmpty();
        assertThat(cli.list()).isEqualTo(before);
    }

    @Test
    void everyBadRowIsReported() {
        Path file = cli.file("bad.csv", "name,quantity,unit,expires\n"
                + "eggs,6,pcs,\n"
                + "milk,-1,l,\n"
                + "rice,1,kg,\n"
                + "butter,200,bucket,\n"
                + "cheese,100,g,2026-02-30\n");
        Result r = cli.run("import", file.toString()).exit(1);
        assertThat(r.err()).contains("The file has 3 bad row(s)")
                .contains("line 3: The quantity must be more than zero")
                .contains("line 5: Unknown unit \"bucket\"")
                .contains("line 6: There is no such date")
                .doesNotContain("line 2:").doesNotContain("line 4:");
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void oneBadObjectInJsonImportsNothingAndNamesTheLine() {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 1; i <= 60; i++) {
            String quantity = i == 30 ? "\"-5\"" : Integer.toString(i);
            json.append("  {\"name\": \"rice\", \"quantity\": ").append(quantity).append(", \"unit\": \"g\"}")
                    .append(i < 60 ? ",\n" : "\n");
        }
        json.append("]\n");
        Path file = cli.file("big.json", json.toString());

        Result r = cli.run("import", file.toString()).exit(1);
        // object i starts on line i + 1
        assertThat(r.err()).contains("The file has 1 bad row(s); nothing was imported.")
                .contains("line 31: The quantity must be more than zero, not \"-5\"");
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void csvRowWithTooManyColumnsImportsNothing() {
        Path file = cli.file("extra.csv", tooManyColumnsCsv());
        cli.run("import", file.toString()).exit(1);
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void csvRowWithTooManyColumnsIsReportedWithItsLine() {
        Path file = cli.file("extra.csv", tooManyColumnsCsv());
        Result r = cli.run("import", file.toString()).exit(1);
        assertThat(r.err()).contains("nothing was imported").contains("line 252")
                .doesNotContain("Unexpected error").doesNotContain("Exception");
        assertThat(cli.list()).isEmpty();
    }

    private static String tooManyColumnsCsv() {
        StringBuilder csv = new StringBuilder("name,quantity,unit\n");
        for (int i = 1; i <= 500; i++) {
            csv.append("rice,").append(i).append(",g\n");
            if (i == 250) csv.append("milk,1,l,extra,columns\n"); // line 252
        }
        return csv.toString();
    }

    @Test
    void unknownColumnIsRefused() {
        Path csv = cli.file("colour.csv", "name,quantity,unit,colour\neggs,6,pcs,brown\n");
        Result r = cli.run("import", csv.toString()).exit(1);
        assertThat(r.err()).contains("Unknown column \"colour\"").contains("name, quantity, unit");

        Path json = cli.file("colour.json", "[{\"name\": \"eggs\", \"quantity\": 6, \"unit\": \"pcs\", \"colour\": \"brown\"}]");
        assertThat(cli.run("import", json.toString()).exit(1).err()).contains("Unknown column \"colour\"");
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void malformedJsonIsRefused() {
        Path json = cli.file("broken.json", "[{\"name\": \"eggs\", \"quantity\": 6, \"unit\": \"pcs\"},\n{\"name\": ");
        Result r = cli.run("import", json.toString()).exit(1);
        assertThat(r.err()).contains("Malformed JSON").doesNotContain("Unexpected error");
        Path notArray = cli.file("object.json", "{\"name\": \"eggs\"}");
        assertThat(cli.run("import", notArray.toString()).exit(1).err()).contains("must hold an array");
        assertThat(cli.list()).isEmpty();
    }

    @Test
    void fileProblemsAreReported() {
        Path missing = dir.resolve("nope.csv");
        assertThat(cli.run("import", missing.toString()).exit(1).err()).contains("No such file: " + missing);

        Path txt = cli.file("stock.txt", "name,quantity,unit\neggs,6,pcs\n");
        assertThat(cli.run("import", txt.toString()).exit(1).err()).contains("Cannot tell the format").contains("--format");
        cli.run("import", txt.toString(), "--format", "csv").ok();
        assertThat(cli.list()).hasSize(1);
    }

    @Test
    void csvExportImportsBackTheSameItems() {
        fillVariedStock();
        String csv = cli.run("export").ok().out();
        assertThat(csv).startsWith("name,quantity,unit,location,expires,opened,note,food_id");
        assertThat(csv.strip().split("\\R")).hasSize(6);

        CliRunner fresh = new CliRunner(dir.resolve("b"));
        Path file = fresh.file("export.csv", csv);
        fresh.run("import", file.toString()).ok();

        assertThat(withoutIds(fresh.list())).isEqualTo(withoutIds(cli.list()));
        assertThat(fresh.run("export").ok().out()).isEqualTo(csv);
    }

    @Test
    void jsonExportImportsBackTheSameItems() {
        fillVariedStock();
        Result exported = cli.run("export", "--format", "json").ok();
        assertThat(exported.json()).hasSize(5);
        String json = exported.out();

        CliRunner fresh = new CliRunner(dir.resolve("b"));
        Path file = fresh.file("export.json", json);
        fresh.run("import", file.toString()).ok();

        assertThat(withoutIds(fresh.list())).isEqualTo(withoutIds(cli.list()));
    }

    @Test
    void exportOutputWritesTheFile() throws IOException {
        fillVariedStock();
        Path json = dir.resolve("out.json");
        Result r = cli.run("export", "--output", json.toString()).ok();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Exported 5 item(s) to " + json);
        JsonNode written = CliRunner.JSON.readTree(Files.readString(json));
        assertThat(written).hasSize(5);
        assertThat(written.get(0).has("food_id")).isTrue();

        // every export says how many items it saw: a failure then shows whether the store or the file lost them
        Path csv = dir.resolve("out.csv");
        assertThat(cli.run("export", "-o", csv.toString()).ok().err()).contains("Exported 5 item(s) to " + csv);
        assertThat(Files.readString(csv)).startsWith("name,quantity,unit,").hasLineCount(6);

        // an existing file is replaced, and the format option wins over the name
        Path txt = dir.resolve("out.txt");
        Files.writeString(txt, "old");
        assertThat(cli.run("export", "-o", txt.toString(), "--format", "json").ok().err()).contains("Exported 5 item(s) to " + txt);
        assertThat(CliRunner.JSON.readTree(Files.readString(txt))).hasSize(5);

        CliRunner fresh = new CliRunner(dir.resolve("b"));
        fresh.run("import", json.toString()).ok();
        assertThat(withoutIds(fresh.list())).isEqualTo(withoutIds(cli.list()));
    }

    @Test
    void exportOfAnEmptyStockIsJustTheHeader() {
        assertThat(cli.run("export").ok().out().strip()).isEqualTo(HEADER.strip());
        assertThat(cli.run("export", "--format", "json").ok().json()).isEmpty();
    }

    @Test
    void unknownExportFormatIsRefused() {
        assertThat(cli.run("export", "--format", "xml").exit(1).err()).contains("Unknown format \"xml\"");
    }

    private void fillVariedStock() {
        cli.run("add", "eggs", "6", "pcs", "--expires", "+3d", "--opened", "--note", "free range, brown").ok();
        cli.run("add", "milk", "1.5", "l", "--in", "freezer").ok();
        cli.run("add", "grandma's secret jam", "300", "g", "--in", "pantry", "--expires", "2027-01-31").ok();
        cli.run("add", "гречка", "800", "г", "--in", "pantry").ok();
        cli.run("add", "eggs", "2", "large", "--food", "01124", "--expires", "+1d").ok();
    }

    /** The list without what a new store assigns afresh (ids). */
    private static List<JsonNode> withoutIds(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : (ArrayNode) list) {
            ObjectNode copy = item.deepCopy();
            copy.remove("id");
            out.add(copy);
        }
        return out;
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode item : list) if (item.get("name").asText().equals(name)) return item;
        throw new AssertionError("no item named " + name + " in " + list);
    }
}
