package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.DiaryEntry;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.profile.Targets;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The diary of a day (entries under their sessions) and of a week or month (a line a day), as tables and JSON. */
final class DiaryTables {
    private final CliContext context;
    private final DiaryText text;

    DiaryTables(CliContext context) {
        this.context = context;
        this.text = new DiaryText(context);
    }

    void printDay(DiaryDay day, Optional<Targets> targets) {
        PrintWriter out = context.out();
        out.println(context.text("cli.diary.day", day.date(), weekday(day.date())));
        if (day.entryCount() == 0) {
            out.println(context.text("cli.diary.empty"));
            return;
        }
        TextTable table = new TextTable(headers(context.text("cli.diary.col.id"), context.text("cli.diary.col.time"),
                context.text("cli.diary.col.what"), context.text("cli.diary.col.amount")), rightAligned(4, 0));
        for (DiaryDay.Session s : day.sessions()) {
            table.row(cells(s.total(), "", s.session().time().toString(),
                    context.text("cli.diary.session", context.text("meal." + s.session().meal().key()), s.session().id()), ""));
            for (DiaryDay.Entry e : s.entries()) {
                String id = Long.toString(e.entry().id());
                String name = "  " + text.name(e.entry());
                // nothing of known weight: "-" rather than zeros that look measured
                if (e.entry().servedGrams() == 0 && !e.entry().unweighed().isEmpty()) table.row(blank(id, "", name, text.amount(e.entry())));
                else table.row(cells(e.nutrients(), id, "", name, text.amount(e.entry())));
            }
        }
        table.row(cells(day.total(), "", "", context.text("cli.diary.total"), ""));
        targets.ifPresent(t -> {
            table.row(targetCells(t, "", "", context.text("cli.diary.target"), ""));
            table.row(percentCells(day.total(), t, "", "", context.text("cli.diary.percent"), ""));
        });
        table.print(out);
        if (targets.isEmpty()) out.println(context.text("cli.diary.notargets"));
        for (DiaryEntry e : day.unweighed()) text.printUnweighed(e);
    }

    void printPeriod(LocalDate from, LocalDate to, List<DiaryDay> days, Optional<Targets> targets) {
        PrintWriter out = context.out();
        out.println(context.text("cli.diary.period", from, to));
        TextTable table = new TextTable(headers(context.text("cli.diary.col.date"), context.text("cli.diary.col.entries")), rightAligned(2, 1));
        for (DiaryDay d : days) {
            if (d.entryCount() == 0) table.row(blank(d.date() + " " + weekday(d.date()), "0"));
            else table.row(cells(d.total(), d.date() + " " + weekday(d.date()), Integer.toString(d.entryCount())));
        }
        List<DiaryDay> logged = days.stream().filter(d -> d.entryCount() > 0).toList();
        Nutrients average = average(logged);
        if (!logged.isEmpty()) table.row(cells(average, context.text("cli.diary.average", logged.size()), ""));
        targets.ifPresent(t -> {
            table.row(targetCells(t, context.text("cli.diary.target"), ""));
            if (!logged.isEmpty()) table.row(percentCells(average, t, context.text("cli.diary.percent"), ""));
        });
        table.print(out);
        if (targets.isEmpty()) out.println(context.text("cli.diary.notargets"));
        long unweighed = days.stream().mapToLong(d -> d.unweighed().size()).sum();
        if (unweighed > 0) out.println(context.text("cli.diary.unweighed.count", unweighed));
    }

    static Nutrients average(List<DiaryDay> logged) {
        if (logged.isEmpty()) return Nutrients.ZERO;
        return logged.stream().map(DiaryDay::total).reduce(Nutrients.ZERO, Nutrients::plus).scaled(1.0 / logged.size());
    }

    private String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, context.messages().locale());
    }

    private List<String> headers(String... first) {
        List<String> h = new ArrayList<>(List.of(first));
        h.add(context.text("cli.diary.col.kcal"));
        h.add(context.text("cli.diary.col.protein"));
        h.add(context.text("cli.diary.col.fat"));
        h.add(context.text("cli.diary.col.carbs"));
        h.add(context.text("cli.diary.col.fiber"));
        return h;
    }

    /** {@code leading} columns before the nutrients, of which the last {@code rightLeading} are numbers. */
    private static boolean[] rightAligned(int leading, int rightLeading) {
        boolean[] r = new boolean[leading + DiaryText.MAIN.size()];
        for (int i = leading - rightLeading; i < r.length; i++) r[i] = true;
        return r;
    }

    private String[] cells(Nutrients n, String... first) {
        List<String> c = new ArrayList<>(List.of(first));
        for (Nutrient nutrient : DiaryText.MAIN) c.add(text.num(n, nutrient, nutrient == Nutrient.ENERGY ? 0 : 1));
        return c.toArray(String[]::new);
    }

    private static String[] blank(String... first) {
        List<String> c = new ArrayList<>(List.of(first));
        for (int i = 0; i < DiaryText.MAIN.size(); i++) c.add("-");
        return c.toArray(String[]::new);
    }

    private String[] targetCells(Targets t, String... first) {
        List<String> c = new ArrayList<>(List.of(first));
        for (Nutrient n : DiaryText.MAIN) c.add(context.num(t.of(n), n == Nutrient.ENERGY ? 0 : 1));
        return c.toArray(String[]::new);
    }

    private String[] percentCells(Nutrients n, Targets t, String... first) {
        List<String> c = new ArrayList<>(List.of(first));
        DiaryText.percentOfTargets(n, t).values().forEach(p -> c.add(context.num(p, 0) + " %"));
        return c.toArray(String[]::new);
    }

    record SessionJson(long id, LocalTime time, String meal, Map<String, Double> nutrients, List<DiaryText.EntryJson> entries) {
    }

    record DayJson(LocalDate date, List<SessionJson> sessions, Map<String, Double> nutrients, Map<String, Double> targets,
                   Map<String, Double> percentOfTargets, List<Long> weightUnknownEntries) {
    }

    DayJson dayJson(DiaryDay day, Optional<Targets> targets) {
        List<SessionJson> sessions = day.sessions().stream().map(s -> new SessionJson(s.session().id(), s.session().time(),
                s.session().meal().key(), s.total().asMap(),
                s.entries().stream().map(e -> text.entryJson(s.session(), e.entry(), e.nutrients())).toList())).toList();
        return new DayJson(day.date(), sessions, day.total().asMap(), targets.map(DiaryText::targetsJson).orElse(null),
                targets.map(t -> DiaryText.percentOfTargets(day.total(), t)).orElse(null), day.unweighed().stream().map(DiaryEntry::id).toList());
    }

    record DayTotalJson(LocalDate date, int entries, Map<String, Double> nutrients, List<Long> weightUnknownEntries) {
    }

    record PeriodJson(LocalDate from, LocalDate to, List<DayTotalJson> days, int daysLogged, Map<String, Double> average,
                      Map<String, Double> targets, Map<String, Double> percentOfTargets) {
    }

    PeriodJson periodJson(LocalDate from, LocalDate to, List<DiaryDay> days, Optional<Targets> targets) {
        List<DayTotalJson> rows = days.stream().map(d -> new DayTotalJson(d.date(), d.entryCount(), d.entryCount() == 0 ? null : main(d.total()),
                d.unweighed().stream().map(DiaryEntry::id).toList())).toList();
        List<DiaryDay> logged = days.stream().filter(d -> d.entryCount() > 0).toList();
        Nutrients average = average(logged);
        return new PeriodJson(from, to, rows, logged.size(), logged.isEmpty() ? null : main(average),
                targets.map(DiaryText::targetsJson).orElse(null),
                logged.isEmpty() ? null : targets.map(t -> DiaryText.percentOfTargets(average, t)).orElse(null));
    }

    private static Map<String, Double> main(Nutrients n) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Nutrient nutrient : DiaryText.MAIN) m.put(nutrient.key(), Fmt.round(n.getOrZero(nutrient), 1));
        return m;
    }
}
