package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fridge supplements} and the health options of {@code fridge profile set}. */
class SupplementsCommandTest {
    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
        cli.run("profile", "set", "--sex", "male", "--age", "30", "--height", "180", "--weight", "80", "--activity", "active",
                "--goal", "maintain", "--diet", "vegan").ok();
    }

    @Test
    void conditionsAndMedicinesAreSetShownAndCleared() {
        Result set = cli.run("profile", "set", "--condition", "hypertension", "--condition", "kidney-disease", "--medication", "warfarin,omeprazole").ok();
        assertThat(set.out()).contains("Conditions:     high blood pressure, kidney disease")
                .contains("Medicines:      anticoagulant (e.g. warfarin), stomach-acid blocker (PPI)");

        JsonNode health = cli.run("profile", "show", "--json").ok().json().get("health");
        assertThat(texts(health.get("conditions"))).containsExactlyInAnyOrder("HYPERTENSION", "KIDNEY_DISEASE");
        assertThat(texts(health.get("medications"))).containsExactlyInAnyOrder("ANTICOAGULANT", "PPI");

        cli.run("profile", "set", "--condition", "none").ok();
        JsonNode cleared = cli.run("profile", "show", "--json").ok().json().get("health");
        assertThat(cleared.get("conditions")).isEmpty();
        assertThat(texts(cleared.get("medications"))).containsExactlyInAnyOrder("ANTICOAGULANT", "PPI");
    }

    @Test
    void anUnknownConditionChangesNothing() {
        Result r = cli.run("profile", "set", "--weight", "90", "--condition", "grumpiness");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("grumpiness");
        assertThat(cli.run("profile", "show", "--json").ok().json().get("profile").get("weight_kg").asDouble()).isEqualTo(80.0);
    }

    @Test
    void adviceFromTheProfileAloneWithFoodFirstAndTheDisclaimerOnce() {
        Result r = cli.run("supplements").ok();
        String out = r.out();
        assertThat(out).startsWith("Not medical advice");
        assertThat(out.split("Not medical advice", -1)).hasSize(2);
        assertThat(out.indexOf("Food first")).isLessThan(out.indexOf("Supplements"));
        assertThat(out).contains("Protein: 112 g a day from food (1.4 g/kg for your goal")
                .contains("Creatine monohydrate — 3 g a day")
                .contains("Caffeine before exercise — 3 mg/kg × 80 kg = 240 mg a day")
                .contains("Vitamin B12 (cyanocobalamin) — 50 µg a day")
                .contains("Source: Kreider RB");
    }

    @Test
    void aContraindicatedSupplementIsListedAsNotSuggestedWithItsReason() {
        cli.run("profile", "set", "--condition", "anxiety-insomnia", "--medication", "maoi").ok();
        JsonNode advice = cli.run("supplements", "--json").ok().json();
        assertThat(ids(advice.get("suggested"))).doesNotContain("caffeine").contains("creatine", "vitamin-b12");
        JsonNode caffeine = advice.get("excluded").get(0);
        assertThat(caffeine.get("id").asText()).isEqualTo("caffeine");
        assertThat(caffeine.get("why").asText()).isEqualTo("contraindicated");
        assertThat(caffeine.get("reason").asText()).contains("(anxiety or insomnia)").contains("(MAO inhibitor)");
        assertThat(advice.get("disclaimer").asText()).startsWith("Not medical advice");

        JsonNode creatine = advice.get("suggested").get(0);
        assertThat(creatine.get("dose").asDouble()).isEqualTo(3.0);
        assertThat(creatine.get("source").get("year").asInt()).isEqualTo(2017);
    }

    @Test
    void russianAdvice() {
        cli.run("profile", "set", "--condition", "беременность").ok();
        String out = cli.run("--lang", "ru", "supplements").ok().out();
        assertThat(out).startsWith("Это не медицинская рекомендация")
                .contains("Фолиевая кислота — 400 мкг в день")
                .contains("Не предлагаются")
                .contains("Креатин моногидрат: Недостаточно данных о безопасности при беременности. (беременность)");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
