package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** recipe export, fav, unfav, favs and save --folder; plan save; folders, folders show, rename and rm; with their errors. */
class RecipeFolderCommandTest {
    private static final String TIKKA = "chicken-tikka-masala";

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        // a temporary config folder: forget erases the one it is given
        cli = new CliRunner(dir).withEnv(java.util.Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", dir.toString()));
    }

    private long plan() {
        cli.run("profile", "set", "--sex", "female", "--age", "35", "--height", "168", "--weight", "62", "--activity", "moderate",
                "--goal", "maintain").ok();
        cli.add("chicken breast", "600", "g", "--expires", "+2d");
        cli.add("rice", "1", "kg");
        return cli.run("plan", "--days", "2", "--json").ok().json().get("id").asLong();
    }

    @Test
    void exportedJsonLdImportsBackAsTheSameRecipe() throws Exception {
        Path file = dir.resolve("out/tikka.jsonld");
        Files.createDirectories(file.getParent());
        cli.run("recipe", "export", TIKKA, "-o", file.toString()).ok();
        JsonNode doc = CliRunner.JSON.readTree(file.toFile());
        assertThat(doc.get("@type").asText()).isEqualTo("Recipe");
        assertThat(doc.get("name").asText()).isEqualTo("Chicken tikka masala with rice");

        JsonNode imported = cli.run("recipe", "import", file.toString(), "--json").ok().json().get(0);
        assertThat(imported.get("unmapped")).isEmpty();
        JsonNode original = cli.run("recipe", "show", TIKKA, "--json").ok().json();
        JsonNode back = cli.run("recipe", "show", imported.get("id").asText(), "--json").ok().json();
        assertThat(back.get("title").asText()).isEqualTo(original.get("title").asText());
        assertThat(back.get("servings").asDouble()).isEqualTo(original.get("servings").asDouble());
        assertThat(back.get("steps")).isEqualTo(original.get("steps"));
        assertThat(back.get("ingredients")).hasSameSizeAs(original.get("ingredients"));
        for (int i = 0; i < original.get("ingredients").size(); i++) {
            JsonNode a = original.get("ingredients").get(i);
            JsonNode b = back.get("ingredients").get(i);
            assertThat(b.get("food_id").asText()).isEqualTo(a.get("food_id").asText());
            assertThat(b.get("grams").asDouble()).isEqualTo(a.get("grams").asDouble());
        }
        assertThat(back.get("per_serving").get("energy").asDouble()).isEqualTo(original.get("per_serving").get("energy").asDouble());
    }

    @Test
    void severalRecipesRussianAndMarkdownToStandardOutput() {
        JsonNode graph = cli.run("--lang", "ru", "recipe", "export", TIKKA, "buckwheat-porridge-almond-milk", TIKKA).ok().json();
        assertThat(graph.get("@graph")).as("each recipe once").hasSize(2);
        assertThat(graph.get("@graph").get(0).get("name").asText()).isEqualTo("Курица тикка масала с рисом");
        assertThat(graph.get("@graph").get(0).get("inLanguage").asText()).isEqualTo("ru");
        String md = cli.run("recipe", "export", TIKKA, "--md").ok().out();
        assertThat(md).startsWith("# Chicken tikka masala with rice").contains("- 600 g chicken breast").contains("kcal · protein");
    }

    @Test
    void exportErrors() {
        assertThat(cli.run("recipe", "export", "no-such-dish").exitCode()).isEqualTo(1);
        assertThat(cli.run("recipe", "export", "no-such-dish").err()).contains("There is no recipe \"no-such-dish\"");
        assertThat(cli.run("recipe", "export").exitCode()).isEqualTo(2);
        assertThat(cli.run("recipe", "export", TIKKA, "--all").err()).contains("Name recipe ids or give --all");
        assertThat(cli.run("recipe", "export", TIKKA, "--md", "--json-ld").err()).contains("Choose one of --json-ld and --md");
        Path blocked = dir.resolve("a-file");
        cli.run("recipe", "export", TIKKA, "-o", blocked.toString()).ok();
        CliRunner.Result r = cli.run("recipe", "export", TIKKA, "-o", blocked.resolve("x.jsonld").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void favouritesAreIdempotentAndListed() {
        assertThat(cli.run("recipe", "favs").ok().out()).contains("No favourite recipes yet");
        assertThat(cli.run("recipe", "fav", TIKKA).ok().out()).contains("is a favourite now");
        assertThat(cli.run("recipe", "fav", TIKKA).ok().out()).contains("was already a favourite");
        assertThat(cli.run("recipe", "favs").ok().out()).contains("★ Chicken tikka masala with rice [chicken-tikka-masala]");
        assertThat(cli.run("recipe", "favs", "--json").ok().json().get(0).get("id").asText()).isEqualTo(TIKKA);
        assertThat(cli.run("recipe", "fav", "no-such-dish").exitCode()).isEqualTo(1);
        assertThat(cli.run("recipe", "unfav", TIKKA).ok().out()).contains("is no longer a favourite");
        assertThat(cli.run("recipe", "unfav", TIKKA).ok().out()).contains("was not a favourite");
    }

    @Test
    void plansAndRecipesInFolders() {
        long id = plan();
        assertThat(cli.run("folders").ok().out()).contains("No folders yet");
        assertThat(cli.run("plan", "save", "--folder", " Weeknights ", "--tag", "quick").ok().out())
                .isEqualTo("Saved plan " + id + " in folder \"Weeknights\". (new folder)\n");
        assertThat(cli.run("plan", "save", Long.toString(id), "--folder", "WEEKNIGHTS").ok().out())
                .isEqualTo("plan " + id + " was already in folder \"Weeknights\".\n");
        cli.run("recipe", "save", TIKKA, "--folder", "weeknights", "--tag", "Curry").ok();
        cli.run("recipe", "fav", TIKKA).ok();

        assertThat(cli.run("folders").ok().out()).contains("Weeknights      1        1");
        String shown = cli.run("folders", "show", "weeknights").ok().out();
        assertThat(shown).contains("Folder \"Weeknights\": 1 plan(s), 1 recipe(s)").contains("2026-11-25 – 2026-11-26  plan " + id + "  #quick")
                .contains("★ Chicken tikka masala with rice  [chicken-tikka-masala]  #curry");
        JsonNode json = cli.run("folders", "show", "Weeknights", "--json").ok().json();
        assertThat(json.get("entries")).hasSize(2);
        assertThat(cli.run("--lang", "ru", "folders", "show", "weeknights").ok().out()).contains("Курица тикка масала с рисом");

        assertThat(cli.run("folders", "rename", "weeknights", "Quick weeks").ok().out()).contains("Folder \"weeknights\" is now \"Quick weeks\"");
        assertThat(cli.run("folders", "rm", "quick weeks").ok().out()).contains("the plans and recipes themselves are kept");
        assertThat(cli.run("folders", "--json").ok().json()).isEmpty();
        assertThat(cli.run("plan", "list", "--json").ok().json()).hasSize(1);
        assertThat(cli.run("recipe", "favs").ok().out()).contains(TIKKA);
    }

    @Test
    void folderErrorsAreClearAndChangeNothing() {
        assertThat(cli.run("plan", "save", "--folder", "Ideas").err()).contains("There is no stored plan for 2026-11-25");
        long id = plan();
        CliRunner.Result unknownPlan = cli.run("plan", "save", "999", "--folder", "Ideas");
        assertThat(unknownPlan.exitCode()).isEqualTo(1);
        assertThat(unknownPlan.err()).contains("There is no stored plan 999 (see: fridge plan list).");
        assertThat(cli.run("plan", "save", "--folder", "  ").err()).contains("A folder needs a name.");
        assertThat(cli.run("plan", "save").exitCode()).as("--folder is required").isEqualTo(2);
        assertThat(cli.run("recipe", "save", "no-such-dish", "--folder", "Ideas").err()).contains("There is no recipe \"no-such-dish\"");
        assertThat(cli.run("recipe", "save", TIKKA, "--tag", "x").err()).contains("--tag needs --folder");
        assertThat(cli.run("folders", "show", "Ideas").err()).contains("There is no folder \"Ideas\"");
        assertThat(cli.run("folders", "rm", "Ideas").exitCode()).isEqualTo(1);
        assertThat(cli.run("folders", "rename", "Ideas", "Other").err()).contains("There is no folder \"Ideas\"");
        cli.run("plan", "save", Long.toString(id), "--folder", "Ideas").ok();
        cli.run("recipe", "save", TIKKA, "--folder", "Other").ok();
        assertThat(cli.run("folders", "rename", "ideas", "OTHER").err()).contains("There is already a folder \"Other\"");
        assertThat(cli.run("--lang", "ru", "folders", "show", "nope").err()).contains("Папки «nope» нет");
        assertThat(cli.run("folders", "--json").ok().json()).hasSize(2);
    }

    @Test
    void exportAllHoldsFoldersAndForgetErasesThem() {
        long id = plan();
        cli.run("plan", "save", Long.toString(id), "--folder", "Ideas", "--tag", "quick").ok();
        cli.run("recipe", "fav", TIKKA).ok();
        JsonNode all = cli.run("export", "--all").ok().json();
        assertThat(all.get("folders").get(0).get("name").asText()).isEqualTo("Ideas");
        assertThat(all.get("folder_items")).hasSize(1);
        assertThat(all.get("favourites").get(0).get("ref").asText()).isEqualTo(TIKKA);
        assertThat(all.get("saved_tags").get(0).get("tag").asText()).isEqualTo("quick");

        cli.run("forget", "--yes").ok();
        assertThat(cli.run("folders", "--json").ok().json()).isEmpty();
        assertThat(cli.run("recipe", "favs", "--json").ok().json()).isEmpty();
    }
}
