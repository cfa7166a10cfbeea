package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** fridge pantry: the staples assumed at home are listed, changed, reset, and never bought. */
class PantryCommandTest {
    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    private List<String> staples() {
        List<String> names = new ArrayList<>();
        for (JsonNode s : cli.run("pantry", "list", "--json").ok().json()) names.add(s.get("name_en").asText());
        return names;
    }

    @Test
    void staplesAreOnByDefaultAndCanBeChangedAndReset() {
        assertThat(staples()).contains("salt", "black pepper", "sunflower oil");
        cli.run("pantry", "remove", "salt").ok();
        cli.run("pantry", "add", "soy", "sauce").ok();
        assertThat(staples()).doesNotContain("salt").contains("soy sauce");
        cli.run("pantry", "reset").ok();
        assertThat(staples()).contains("salt").doesNotContain("soy sauce");
        assertThat(cli.run("pantry", "add", "nonsensefood").exit(1).err()).doesNotContain("bug");
    }

    @Test
    void aStapleIsNeverOnTheShoppingList() {
        cli.run("profile", "set", "--sex", "male", "--age", "40", "--height", "180", "--weight", "80", "--activity", "moderate",
                "--goal", "maintain").ok();
        cli.run("add", "chicken", "breast", "1", "kg", "--expires", "+3d").ok();
        cli.run("add", "rice", "1", "kg").ok();
        JsonNode plan = cli.run("plan", "--days", "3", "--json").ok().json();
        List<String> staples = new ArrayList<>();
        for (JsonNode s : cli.run("pantry", "list", "--json").ok().json()) staples.add(s.get("food_id").asText());
        for (JsonNode item : plan.get("plan").get("shopping")) assertThat(staples).doesNotContain(item.get("food_id").asText());
    }
}
