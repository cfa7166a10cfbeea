package dev.fridgechef.cli.profile;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.TargetExplanation;
import dev.fridgechef.profile.Targets;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Prints a profile and, when it is complete, its daily targets with the working shown. */
public final class ProfilePrinter {
    private final CliContext context;

    public ProfilePrinter(CliContext context) {
        this.context = context;
    }

    /** The --json form: the profile, the health record, the targets (null until complete) and what is missing. */
    record ProfileView(Profile profile, HealthRecord health, Targets targets, List<String> missing) {
    }

    /** Without the health record (the demo's sample person has none). */
    public void print(Profile p, Targets targets, boolean json) {
        print(p, null, targets, json);
    }

    /** {@code targets} is null while the profile is incomplete; {@code health} null leaves its lines out. */
    public void print(Profile p, HealthRecord health, Targets targets, boolean json) {
        if (json) {
            context.printJson(new ProfileView(p, health, targets, p.missingForTargets()));
            return;
        }
        PrintWriter out = context.out();
        String none = context.text("cli.profile.none");
        out.println(context.text("cli.profile.heading"));
        line(out, "cli.profile.sex", p.sex() == null ? none : context.text("sex." + p.sex().name().toLowerCase(java.util.Locale.ROOT)));
        line(out, "cli.profile.age", p.birthYear() == null ? none : context.text("cli.profile.age.value", targets != null ? targets.age() : "?", p.birthYear()));
        line(out, "cli.profile.height", p.heightCm() == null ? none : context.num(p.heightCm(), 0) + " " + context.text("cli.unit.cm"));
        line(out, "cli.profile.weight", p.weightKg() == null ? none : Quantities.amount(p.weightKg(), context.russian()) + " " + context.text("cli.unit.kg"));
        line(out, "cli.profile.activity", p.activity() == null ? none
                : context.text("activity." + p.activity().key()) + " (×" + Quantities.amount(p.activity().factor(), context.russian()) + ")");
        line(out, "cli.profile.goal", context.text("goal." + p.goal().key())
                + (p.goal() != Goal.MAINTAIN && targets != null ? ", " + Quantities.amount(targets.goalRateKgPerWeek(), context.russian()) + " " + context.text("cli.unit.kg") + "/" + context.text("cli.week") : ""));
        line(out, "cli.profile.diet", context.text("diet." + p.diet().key()));
        line(out, "cli.profile.flags", join(p.flags(), f -> context.text("flag." + f.key()), none));
        line(out, "cli.profile.allergies", join(p.allergies(), a -> context.text("allergen." + a.key()), none));
        line(out, "cli.profile.dislikes", p.dislikes().isEmpty() ? none : String.join(", ", p.dislikes()));
        if (health != null) {
            line(out, "cli.profile.conditions", join(health.conditions(), c -> context.text("condition." + c.key()), none));
            line(out, "cli.profile.medications", join(health.medications(), m -> context.text("medication." + m.key()), none));
        }
        out.println();
        if (targets == null) {
            out.println(context.text("error.profile.incomplete", Messages.Keys.of("field.", p.missingForTargets())));
            return;
        }
        printTargets(out, p, targets);
    }

    private void printTargets(PrintWriter out, Profile p, Targets t) {
        out.println(context.text("cli.targets.heading"));
        TargetExplanation working = TargetExplanation.of(p, t, context.messages());
        working.energySteps().forEach(step -> out.println("  " + step));
        out.println();
        out.println("  " + context.text("cli.targets.energy", context.num(t.energy(), 0)));
        out.println("  " + context.text("cli.targets.protein", context.num(t.protein(), 0), working.proteinBasis()));
        out.println("  " + context.text("cli.targets.fat", context.num(t.fat(), 0), working.fatBasis()));
        out.println("  " + context.text("cli.targets.carbohydrate", context.num(t.carbohydrate(), 0), working.carbohydrateBasis()));
        out.println("  " + context.text("cli.targets.fiber", context.num(t.fiber(), 0), working.fiberBasis()));
    }

    private void line(PrintWriter out, String labelKey, String value) {
        String label = context.text(labelKey) + ":";
        out.println("  " + label + " ".repeat(Math.max(1, 16 - label.length())) + value);
    }

    private static <T> String join(Collection<T> values, Function<T, String> label, String none) {
        if (values.isEmpty()) return none;
        return String.join(", ", values.stream().sorted().map(label).toList());
    }

}
