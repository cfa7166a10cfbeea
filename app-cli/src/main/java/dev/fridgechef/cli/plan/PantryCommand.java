package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.plan.Pantry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code fridge pantry list|add FOOD|remove FOOD|reset}: the staples a plan assumes at home. */
@Command(name = "pantry", mixinStandardHelpOptions = true)
public final class PantryCommand implements Runnable {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "list|add|remove|reset", defaultValue = "list", descriptionKey = "pantry.what")
    String what;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FOOD", descriptionKey = "pantry.food")
    List<String> food;

    @Mixin
    JsonOption json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public PantryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var pantry = context.app().pantry();
        String name = food == null ? "" : String.join(" ", food).trim();
        boolean ru = context.russian();
        switch (what) {
            case "list" -> print(pantry.list(), "cli.pantry.list");
            case "add", "remove" -> {
                if (name.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.pantry.name", what));
                Pantry.Staple s = what.equals("add") ? pantry.add(name) : pantry.remove(name);
                if (json.enabled()) context.printJson(s);
                else context.out().println(context.text(what.equals("add") ? "cli.pantry.added" : "cli.pantry.removed", ru ? s.nameRu() : s.nameEn()));
            }
            case "reset" -> {
                List<Pantry.Staple> list = pantry.reset();
                if (json.enabled()) context.printJson(list);
                else context.out().println(context.text("cli.pantry.reset", list.size()));
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.pantry.what", what));
        }
    }

    private void print(List<Pantry.Staple> list, String header) {
        if (json.enabled()) {
            context.printJson(list);
            return;
        }
        boolean ru = context.russian();
        context.out().println(context.text(header));
        for (Pantry.Staple s : list) context.out().println("  " + (ru ? s.nameRu() : s.nameEn()) + " [" + s.foodId() + "]");
    }
}
