package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.folder.FolderMessages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code fridge plan save [PLAN_ID] --folder NAME [--tag T]...}: keeps a stored plan in a folder (default: today's plan, else the newest). */
@Command(name = "save", mixinStandardHelpOptions = true)
public final class PlanSaveCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "PLAN_ID", arity = "0..1", descriptionKey = "plan.save.id")
    Long planId;

    @Option(names = "--folder", paramLabel = "NAME", required = true, descriptionKey = "plan.save.folder")
    String folder;

    @Option(names = "--tag", paramLabel = "TAG", descriptionKey = "folder.tag")
    List<String> tags = new ArrayList<>();

    public PlanSaveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (folder.isBlank()) throw new UserException("error.folder.name.empty");
        long id = planId != null ? planId : defaultPlan();
        var saved = context.app().folders().savePlan(id, folder, tags);
        FolderMessages.printSaved(context, saved, context.text("cli.folder.plan", id));
    }

    private long defaultPlan() {
        var today = context.app().inventory().today();
        return context.app().plans().covering(today).or(() -> context.app().plans().list().stream().findFirst()).map(StoredPlan::id)
                .orElseThrow(() -> new UserException("error.plan.none", today));
    }
}
