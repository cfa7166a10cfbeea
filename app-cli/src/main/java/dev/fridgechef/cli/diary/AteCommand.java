package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.diary.EatenPercent;
import dev.fridgechef.diary.LoggedEntry;
import dev.fridgechef.diary.MealTimes;
import dev.fridgechef.diary.PlannedEating;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.recipe.MealType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code fridge ate borscht --servings 1.5 --eaten 80%}, {@code fridge ate apple 150 g},
 * {@code fridge ate --planned lunch}: one entry in the diary, with its nutrition.
 */
@Command(name = "ate", mixinStandardHelpOptions = true)
public final class AteCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "WHAT", arity = "0..*", descriptionKey = "ate.what")
    List<String> words;

    @Option(names = "--servings", paramLabel = "X", descriptionKey = "ate.servings")
    Double servings;

    @Option(names = "--eaten", paramLabel = "PERCENT", descriptionKey = "ate.eaten")
    String eaten;

    @Option(names = "--at", paramLabel = "TIME", descriptionKey = "ate.at")
    String at;

    @Option(names = "--meal", paramLabel = "MEAL", descriptionKey = "ate.meal")
    String meal;

    @Option(names = "--planned", paramLabel = "MEAL", descriptionKey = "ate.planned")
    String planned;

    @Option(names = "--day", paramLabel = "DATE", descriptionKey = "ate.day")
    String day;

    @Option(names = "--dish", paramLabel = "NAME", descriptionKey = "ate.dish")
    String dish;

    @Option(names = "--photo", paramLabel = "FILE", descriptionKey = "ate.photo")
    Path photo;

    @Option(names = "--keep-photo", descriptionKey = "ate.keep-photo")
    boolean keepPhoto;

    @Option(names = "--yes", descriptionKey = "ate.yes")
    boolean yes;

    @Option(names = "--grams", paramLabel = "N=GRAMS", descriptionKey = "ate.grams")
    List<String> grams = new java.util.ArrayList<>();

    @Option(names = "--food", paramLabel = "N=NAME", descriptionKey = "ate.food")
    List<String> foods = new java.util.ArrayList<>();

    @Option(names = "--drop", paramLabel = "N", descriptionKey = "ate.drop")
    List<Integer> drops = new java.util.ArrayList<>();

    @Mixin
    JsonOption json;

    public AteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        boolean named = words != null && !words.isEmpty();
        int ways = (named ? 1 : 0) + (planned != null ? 1 : 0) + (photo != null ? 1 : 0);
        if (ways != 1) throw new UserException("error.diary.what");
        if (photo == null && (keepPhoto || yes || !grams.isEmpty() || !foods.isEmpty() || !drops.isEmpty())) {
            throw new UserException("error.ate.photo.only");
        }
        var app = context.app();
        double percent = eaten == null ? 100 : EatenPercent.parse(eaten);
        LocalDateTime when = at == null ? null : MealTimes.parse(at, app.diary().now());
        MealType mealType = meal == null ? null : MealType.parse(meal);
        if (photo != null) {
            if (servings != null || dish != null || day != null) throw new UserException("error.ate.photo.only");
            List<LoggedEntry> logged = new PhotoEntry(context).run(photo, keepPhoto, yes, new PhotoEntry.Corrections(grams, foods, drops),
                    when, mealType, percent, json.enabled() ? context.err() : context.out());
            DiaryText text = new DiaryText(context);
            if (json.enabled()) {
                context.printJson(logged.stream().map(l -> text.entryJson(l.session(), l.entry(), l.nutrients())).toList());
                return;
            }
            for (LoggedEntry l : logged) print(text, l);
            return;
        }
        LoggedEntry logged;
        Optional<dev.fridgechef.plan.PlannedCooking.Result> cooked = Optional.empty();
        if (planned != null) {
            if (dish != null) throw new UserException("error.diary.what");
            MealType slot = MealType.parse(planned);
            LocalDate date = day != null ? DateSpec.parseDate(day, app.inventory().today()) : when != null ? when.toLocalDate() : app.inventory().today();
            PlannedEating.Eaten result = app.plannedEating().as("cli").ate(date, slot, servings, when, percent);
            logged = result.logged();
            cooked = result.cooked();
        } else {
            if (day != null) throw new UserException("error.diary.day.planned");
            logged = app.diary().as("cli").ate(String.join(" ", words), servings, dish, when, mealType, percent);
        }
        DiaryText text = new DiaryText(context);
        if (json.enabled()) {
            context.printJson(text.entryJson(logged.session(), logged.entry(), logged.nutrients()));
            return;
        }
        print(text, logged);
        cooked.ifPresent(c -> context.out().println(context.text("cli.ate.cooked",
                c.consumption().taken().stream().filter(t -> t.takenGrams() > 0.5).count(), c.consumption().taken().size(),
                context.num(c.consumption().taken().stream().mapToDouble(t -> t.takenGrams()).sum(), 0))));
    }

    private void print(DiaryText text, LoggedEntry logged) {
        context.out().println(context.text("cli.ate.logged", logged.entry().id(), text.name(logged.entry()), text.amount(logged.entry()),
                context.text("meal." + logged.session().meal().key()), logged.session().date(), logged.session().time()));
        // an entry of unknown weight has no nutrition to show; printUnweighed says why
        if (logged.entry().servedGrams() > 0) context.out().println("  " + text.nutrientLine(logged.nutrients()));
        text.printUnweighed(logged.entry());
    }
}
