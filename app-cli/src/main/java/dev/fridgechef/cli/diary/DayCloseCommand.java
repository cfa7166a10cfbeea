package dev.fridgechef.cli.diary;

import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.DayAnalysisRenderer;
import dev.fridgechef.analysis.NarrativeWriter;
import dev.fridgechef.analysis.SessionAnalysis;
import dev.fridgechef.analysis.SessionAnalysisRenderer;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.llm.StderrProgress;
import dev.fridgechef.cli.supplements.SupplementsPrinter;
import dev.fridgechef.diary.DayClosing;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.supplements.Advice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code fridge day close [DATE]}: the day's analysis from the diary (offline, always), supplement
 * advice for its gaps (food first), and with an AI provider a short narrative whose numbers are
 * checked against the computed ones ({@code --offline} leaves it out). {@code --session ID} closes
 * one eating session instead: that meal against its share of the day's targets and what the rest of
 * the day still needs — offline only, with no narrative and no supplement advice (those are the day's).
 */
@Command(name = "close", mixinStandardHelpOptions = true)
public final class DayCloseCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "DATE", arity = "0..1", descriptionKey = "day.close.date")
    String date;

    @Option(names = "--session", paramLabel = "ID", descriptionKey = "day.close.session")
    Long session;

    @Option(names = "--offline", descriptionKey = "day.close.offline")
    boolean offline;

    @Mixin
    JsonOption json;

    record View(DayAnalysisView analysis, SupplementsPrinter.AdviceView supplements, String narrative, String narrativeSource) {
    }

    public DayCloseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (session != null) {
            if (date != null) throw new UserException("error.session.date");
            closeSession(session);
            return;
        }
        var app = offline ? context.app() : context.aiApp();
        LocalDate today = app.diary().now().toLocalDate();
        LocalDate day = date == null ? today : DiaryCommand.parseDay(date, today);
        DayClosing.Closed closed = app.dayClosing().close(day);
        DayAnalysis analysis = closed.analysis();
        Advice advice = closed.advice();
        List<String> missing = app.profiles().get().missingForTargets();
        SupplementsPrinter supplements = new SupplementsPrinter(context);
        NarrativeWriter.Narrative narrative = offline || app.llmSettings().providers().isEmpty() ? null
                : StderrProgress.showing(context, () -> app.narrativeWriter().write(analysis, context.messages().locale()));
        if (json.enabled()) {
            context.printJson(new View(DayAnalysisView.of(analysis, context.russian()), supplements.view(advice, missing), narrative == null ? null : narrative.text(),
                    narrative == null ? null : narrative.source()));
            return;
        }
        context.out().print(DayAnalysisRenderer.render(analysis, context.messages()));
        context.out().println();
        context.out().println("== " + context.text("cli.day.close.supplements") + " ==");
        supplements.print(advice, missing);
        if (narrative != null) {
            context.out().println();
            context.out().println("== " + context.text(narrative.fromModel() ? "cli.day.close.narrative.ai" : "cli.day.close.narrative.offline",
                    narrative.source()) + " ==");
            context.out().println(narrative.text());
            if (!narrative.problems().isEmpty()) context.err().println(context.text("cli.day.close.narrative.rejected", String.join("; ", narrative.problems())));
        }
    }

    private void closeSession(long id) {
        SessionAnalysis closed = context.app().dayClosing().closeSession(id);
        if (json.enabled()) context.printJson(SessionAnalysisView.of(closed, context.messages()));
        else context.out().print(SessionAnalysisRenderer.render(closed, context.messages()));
    }
}
