package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code fridge profile set/show} and the daily targets computed from the profile. */
class ProfileCommandTest {
    private static final String[] FULL_PROFILE = {"profile", "set", "--sex", "female", "--age", "34", "--height", "168",
            "--weight", "64", "--activity", "moderate", "--goal", "lose", "--rate", "0.4", "--allergies", "peanuts,milk"};

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    /** Sets the full profile with --json, which prints the same as "profile show --json". */
    private JsonNode setFullProfileAsJson() {
        List<String> args = new ArrayList<>(List.of(FULL_PROFILE));
        args.add("--json");
        return cli.run(args.toArray(String[]::new)).ok().json();
    }

    private JsonNode show() {
        return cli.run("profile", "show", "--json").ok().json();
    }

    @Test
    void fullProfileGivesMifflinStJeorTargets() {
        Result set = cli.run(FULL_PROFILE).ok();
        assertThat(set.out()).contains("Energy:        1666 kcal");

        JsonNode shown = show();
        JsonNode p = shown.get("profile");
        assertThat(p.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(p.get("birth_year").asInt()).isEqualTo(1992);
        assertThat(p.get("height_cm").asDouble()).isEqualTo(168.0);
        assertThat(p.get("weight_kg").asDouble()).isEqualTo(64.0);
        assertThat(p.get("activity").asText()).isEqualTo("MODERATE");
        assertThat(p.get("goal").asText()).isEqualTo("LOSE");
        assertThat(p.get("goal_rate_kg_per_week").asDouble()).isEqualTo(0.4);
        assertThat(texts(p.get("allergies"))).containsExactlyInAnyOrder("PEANUTS", "MILK");
        assertThat(shown.get("missing")).isEmpty();

        JsonNode t = shown.get("targets");
        assertThat(t.get("age").asInt()).isEqualTo(34);
        // 10 × 64 + 6.25 × 168 − 5 × 34 − 161 = 1359
        assertThat(t.get("bmr").asDouble()).isCloseTo(1359, within(1e-6));
        // × 1.55 (moderate) = 2106.45
        assertThat(t.get("maintenance").asDouble()).isCloseTo(2106.45, within(1e-6));
        // − 0.4 × 7700 / 7 = − 440
        assertThat(t.get("goal_adjustment").asDouble()).isCloseTo(-440, within(1e-6));
        assertThat(t.get("energy").asDouble()).isCloseTo(1666.45, within(1e-6));
        assertThat(t.get("floor_applied").asBoolean()).isFalse();
        // 1.8 g/kg × 64 kg while losing
        assertThat(t.get("protein").asDouble()).isCloseTo(115.2, within(1e-6));
        assertThat(t.get("fat").asDouble()).isCloseTo(0.3 * 1666.45 / 9, within(1e-6));
        assertThat(t.get("fiber").asDouble()).isCloseTo(14 * 1666.45 / 1000, within(1e-6));

        String text = cli.run("profile", "show").ok().out();
        assertThat(text).contains("Age:            34 (born 1992)").contains("Allergies:      peanuts, milk")
                .contains("10 × 64 kg + 6.25 × 168 cm − 5 × 34 y − 161 = 1359 kcal")
                .contains("1359 × 1.55 (moderate) = 2106 kcal").contains("−440 kcal/day")
                .contains("Energy:        1666 kcal").contains("Protein:       115 g");
    }

    @Test
    void setJsonPrintsWhatShowPrints() {
        assertThat(setFullProfileAsJson()).isEqualTo(show());
    }

    @Test
    void partialUpdateKeepsTheOtherFields() {
        cli.run(FULL_PROFILE).ok();
        cli.run("profile", "set", "--weight", "70").ok();

        JsonNode shown = show();
        JsonNode p = shown.get("profile");
        assertThat(p.get("weight_kg").asDouble()).isEqualTo(70.0);
        assertThat(p.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(p.get("birth_year").asInt()).isEqualTo(1992);
        assertThat(p.get("height_cm").asDouble()).isEqualTo(168.0);
        assertThat(p.get("activity").asText()).isEqualTo("MODERATE");
        assertThat(p.get("goal").asText()).isEqualTo("LOSE");
        assertThat(p.get("goal_rate_kg_per_week").asDouble()).isEqualTo(0.4);
        assertThat(texts(p.get("allergies"))).containsExactlyInAnyOrder("PEANUTS", "MILK");
        // 10 × 70 + 1050 − 170 − 161 = 1419; × 1.55 − 440
        assertThat(shown.get("targets").get("energy").asDouble()).isCloseTo(1419 * 1.55 - 440, within(1e-6));
        assertThat(shown.get("targets").get("protein").asDouble()).isCloseTo(126.0, within(1e-6));
    }

    @Test
    void listsAreReplacedAndNoneClearsThem() {
        cli.run(FULL_PROFILE).ok();
        cli.run("profile", "set", "--allergies", "eggs", "--flags", "gluten-free,halal", "--diet", "pescatarian",
                "--dislikes", "olives, anchovies").ok();
        JsonNode p = show().get("profile");
        assertThat(texts(p.get("allergies"))).containsExactly("EGGS");
        assertThat(texts(p.get("flags"))).containsExactlyInAnyOrder("GLUTEN_FREE", "HALAL");
        assertThat(p.get("diet").asText()).isEqualTo("PESCATARIAN");
        assertThat(texts(p.get("dislikes"))).containsExactly("olives", "anchovies");

        cli.run("profile", "set", "--allergies", "none", "--flags", "none", "--dislikes", "none").ok();
        p = show().get("profile");
        assertThat(p.get("allergies")).isEmpty();
        assertThat(p.get("flags")).isEmpty();
        assertThat(p.get("dislikes")).isEmpty();
        assertThat(p.get("diet").asText()).isEqualTo("PESCATARIAN");
    }

    @Test
    void birthYearInsteadOfAge() {
        cli.run(FULL_PROFILE).ok();
        cli.run("profile", "set", "--birth-year", "1980").ok();
        JsonNode shown = show();
        assertThat(shown.get("profile").get("birth_year").asInt()).isEqualTo(1980);
        assertThat(shown.get("targets").get("age").asInt()).isEqualTo(46);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(List.of("--height", "20"), "The height 20 is out of range (100 to 250)"),
                Arguments.of(List.of("--allergies", "pollen"), "Unknown allergen \"pollen\""),
                Arguments.of(List.of("--allergies", "peanuts,pollen"), "Unknown allergen \"pollen\""),
                Arguments.of(List.of("--activity", "lazy"), "Unknown activity level \"lazy\""),
                Arguments.of(List.of("--age", "5"), "The age 5 is out of range (14 to 100)"),
                Arguments.of(List.of("--weight", "10"), "The weight 10 is out of range (30 to 300)"),
                Arguments.of(List.of("--rate", "2"), "The rate 2 is out of range (0.1 to 1)"),
                Arguments.of(List.of("--sex", "x"), "Unknown sex \"x\""),
                Arguments.of(List.of("--goal", "sideways"), "Unknown goal \"sideways\""),
                Arguments.of(List.of("--diet", "carnivore"), "Unknown diet \"carnivore\""),
                Arguments.of(List.of("--flags", "kosher"), "Unknown diet flag \"kosher\""),
                // a valid change with an invalid one: neither is saved
                Arguments.of(List.of("--weight", "70", "--height", "20"), "The height 20 is out of range"));
    }

    @ParameterizedTest(name = "profile set {0}")
    @MethodSource("invalidValues")
    void invalidValuesAreRefusedAndTheProfileIsUnchanged(List<String> options, String message) {
        JsonNode before = setFullProfileAsJson();
        List<String> args = new ArrayList<>(List.of("profile", "set"));
        args.addAll(options);

        Result r = cli.run(args.toArray(String[]::new)).exit(1);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(show()).isEqualTo(before);
    }

    @Test
    void unreadableNumbersAndConflictingOptionsAreUsageErrors() {
        JsonNode before = setFullProfileAsJson();
        assertThat(cli.run("profile", "set", "--height", "tall").exit(2).err())
                .contains("Usage error: the value of --height, 'tall', is not a number.");
        assertThat(cli.run("profile", "set", "--age", "30", "--birth-year", "1990").exit(2).err())
                .contains("give --age or --birth-year, not both");
        assertThat(show()).isEqualTo(before);
    }

    @Test
    void incompleteProfileShowExplainsWhatIsMissing() {
        Result r = cli.run("profile", "show").ok();
        assertThat(r.out()).contains("Sex:            none")
                .contains("Targets need a complete profile; still missing: sex, age, height, weight, activity")
                .contains("fridge profile set")
                .doesNotContain("Daily targets");

        JsonNode shown = show();
        assertThat(shown.get("targets").isNull()).isTrue();
        assertThat(texts(shown.get("missing"))).containsExactly("sex", "age", "height", "weight", "activity");
    }

    @Test
    void partialProfileCanBeBuiltStepByStep() {
        cli.run("profile", "set", "--sex", "female", "--weight", "64").ok();
        JsonNode shown = show();
        assertThat(shown.get("profile").get("sex").asText()).isEqualTo("FEMALE");
        assertThat(shown.get("targets").isNull()).isTrue();
        assertThat(texts(shown.get("missing"))).containsExactly("age", "height", "activity");
        assertThat(cli.run("profile", "show").ok().out()).contains("still missing: age, height, activity");

        cli.run("profile", "set", "--age", "34", "--height", "168", "--activity", "moderate").ok();
        // maintain (the default goal): 1359 × 1.55
        assertThat(show().get("targets").get("energy").asDouble()).isCloseTo(2106.45, within(1e-6));
    }

    @Test
    void updateAfterChoosingMaintain() {
        cli.run(FULL_PROFILE).ok();
        cli.run("profile", "set", "--goal", "maintain").ok();
        cli.run("profile", "set", "--weight", "70").ok();
        JsonNode shown = show();
        assertThat(shown.get("profile").get("weight_kg").asDouble()).isEqualTo(70.0);
        assertThat(shown.get("targets").get("energy").asDouble()).isCloseTo(1419 * 1.55, within(1e-6));
    }

    @Test
    void russianOutput() {
        cli.run(FULL_PROFILE).ok();
        String out = cli.run("--lang", "ru", "profile", "show").ok().out();
        assertThat(out).contains("Профиль").contains("Дневные нормы").contains("Энергия:   1666 ккал");
    }

    @Test
    void profileWithoutSubcommandPrintsItsUsage() {
        assertThat(cli.run("profile").ok().out()).contains("Usage: fridge profile").contains("set").contains("show");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
