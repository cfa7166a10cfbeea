package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** fridge insights from a diary logged through fridge ate, and what fridge plan takes from it. */
class InsightsCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
        cli.run("profile", "set", "--sex", "female", "--age", "35", "--height", "168", "--weight", "62", "--activity", "light",
                "--goal", "maintain").ok();
    }

    /** Breakfast at 08:00 and borscht half eaten at 19:00 on each of {@code days} days up to today; never a lunch. */
    private void logDays(int days) {
        for (int i = 0; i < days; i++) {
            LocalDate d = TODAY.minusDays(i);
            cli.run("ate", "oatmeal-apple-cinnamon", "--servings", "1", "--at", d + " 08:00").ok();
            cli.run("ate", "borscht", "--servings", "1", "--eaten", "50%", "--at", d + " 19:00").ok();
        }
    }

    @Test
    void fewDaysSayThereIsNotEnoughDataYet() {
        logDays(3);
        assertThat(cli.run("insights").ok().out()).contains("3 days logged").contains("Not enough data yet");
        assertThat(cli.run("insights", "--lang", "ru").ok().out()).contains("Данных пока мало");
        assertThat(cli.run("insights", "--json").ok().json().get("enough_data").asBoolean()).isFalse();
    }

    @Test
    void habitsAndUnfinishedDishesAreShownAndSkippedMealsLeftOutOfThePlan() {
        logDays(14);
        String text = cli.run("insights").ok().out();
        assertThat(text).contains("Breakfast on 14 of 14 days (100 %), usually at 08:00")
                .contains("Borscht with beef: 50 % eaten on average over 14 logs")
                .contains("Regularly skipped, so left out of fridge plan unless you ask with --meals: Lunch");
        assertThat(cli.run("insights", "--lang", "ru").ok().out()).contains("Завтрак в 14 из 14 дн.").contains("Борщ с говядиной");
        JsonNode json = cli.run("insights", "--weeks", "2", "--json").ok().json();
        assertThat(json.get("logged_days").asInt()).isEqualTo(14);
        assertThat(json.get("unfinished").get(0).get("recipe_id").asText()).isEqualTo("borscht-with-beef");

        JsonNode plan = cli.run("plan", "--json").ok().json();
        assertThat(plan.get("plan").get("meals").toString()).doesNotContain("lunch").contains("breakfast");
        assertThat(plan.get("notes").toString()).contains("lunch left out: you log it on 0 of 14 days");
        assertThat(cli.run("plan").ok().out()).contains("! Lunch left out: your diary has it on 0 of 14 days; ask with --meals to plan it.")
                .doesNotContain("AI plan not used");
        assertThat(cli.run("plan", "--lang", "ru").ok().out()).contains("! Обед: не запланировано — в дневнике есть за 0 из 14 дн.");
        JsonNode asked = cli.run("plan", "--meals", "breakfast,lunch,dinner,snack", "--json").ok().json();
        assertThat(asked.get("plan").get("meals").toString()).contains("lunch");
        assertThat(asked.get("notes")).isEmpty();
    }

    @Test
    void badWeeksAreRefused() {
        assertThat(cli.run("insights", "--weeks", "0").exit(1).err()).contains("The number of weeks must be 1 to 104");
    }
}
