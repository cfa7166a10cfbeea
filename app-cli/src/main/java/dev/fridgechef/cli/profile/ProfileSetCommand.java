package dev.fridgechef.cli.profile;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "set", mixinStandardHelpOptions = true)
public final class ProfileSetCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sex", paramLabel = "male|female", descriptionKey = "profile.sex")
    String sex;

    @Option(names = "--age", paramLabel = "YEARS", descriptionKey = "profile.age")
    Integer age;

    @Option(names = "--birth-year", paramLabel = "YEAR", descriptionKey = "profile.birthyear")
    Integer birthYear;

    @Option(names = "--height", paramLabel = "CM", descriptionKey = "profile.height")
    Double height;

    @Option(names = "--weight", paramLabel = "KG", descriptionKey = "profile.weight")
    Double weight;

    @Option(names = "--activity", paramLabel = "LEVEL", descriptionKey = "profile.activity")
    String activity;

    @Option(names = "--goal", paramLabel = "lose|maintain|gain", descriptionKey = "profile.goal")
    String goal;

    @Option(names = "--rate", paramLabel = "KG_PER_WEEK", descriptionKey = "profile.rate")
    Double rate;

    @Option(names = "--diet", paramLabel = "DIET", descriptionKey = "profile.diet")
    String diet;

    @Option(names = "--flags", paramLabel = "FLAG,...", descriptionKey = "profile.flags")
    String flags;

    @Option(names = "--allergies", paramLabel = "ALLERGEN,...", descriptionKey = "profile.allergies")
    String allergies;

    @Option(names = "--dislikes", paramLabel = "FOOD,...", descriptionKey = "profile.dislikes")
    String dislikes;

    @Option(names = "--people", paramLabel = "N", descriptionKey = "profile.people")
    Integer people;

    @Option(names = "--condition", paramLabel = "CONDITION", split = ",", descriptionKey = "profile.condition")
    List<String> conditions;

    @Option(names = "--medication", paramLabel = "MEDICINE", split = ",", descriptionKey = "profile.medication")
    List<String> medications;

    @Mixin
    JsonOption json;

    public ProfileSetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (age != null && birthYear != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.profile.age.both"));
        }
        ProfileUpdate update = new ProfileUpdate(
                sex == null ? null : Sex.parse(sex), birthYear, age, height, weight,
                activity == null ? null : ActivityLevel.parse(activity),
                goal == null ? null : Goal.parse(goal), rate,
                diet == null ? null : Diet.parse(diet),
                setOf(flags, DietFlag::parse), setOf(allergies, Allergen::parse),
                dislikes == null ? null : list(dislikes));
        Set<Condition> newConditions = conditions == null ? null : setOf(String.join(",", conditions), Condition::parse);
        Set<Medication> newMedications = medications == null ? null : setOf(String.join(",", medications), Medication::parse);
        if (people != null) context.app().profiles().setPeople(people);
        Profile saved = context.app().profiles().update(update);
        HealthRecord health = newConditions == null && newMedications == null ? context.app().health().get()
                : context.app().health().update(newConditions, newMedications);
        new ProfilePrinter(context).print(saved, health, targetsOf(saved), json.enabled());
    }

    private dev.fridgechef.profile.Targets targetsOf(Profile p) {
        return p.missingForTargets().isEmpty() ? context.app().profiles().targets(p) : null;
    }

    /** "a,b" → set; "" or "none" → empty set (clears the field); null → unchanged. */
    private static <T> Set<T> setOf(String text, Function<String, T> parse) {
        if (text == null) return null;
        return list(text).stream().map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> list(String text) {
        if (text.isBlank() || text.trim().equalsIgnoreCase("none") || text.trim().equalsIgnoreCase("нет")) return List.of();
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
