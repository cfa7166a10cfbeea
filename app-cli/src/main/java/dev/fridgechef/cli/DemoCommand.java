package dev.fridgechef.cli;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.cli.inventory.ItemView;
import dev.fridgechef.cli.inventory.StockPrinter;
import dev.fridgechef.cli.profile.ProfilePrinter;
import dev.fridgechef.cli.plan.PlanPrinter;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.inventory.InventoryHash;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fills a sample fridge and profile in a throw-away store, prints them with nutrition and targets,
 * and deletes the store again; the person's own store is never touched.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    record DemoView(String store, Profile profile, Targets targets, List<ItemView> stock, String inventoryHash,
                    PlanPrinter.PlanView plan) {
    }

    public DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Path dir;
        try {
            dir = Files.createTempDirectory("fridgechef-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (FridgeChef app = context.openApp(dir.resolve("demo"))) {
            Profile profile = app.profiles().update(SampleData.profile(context.russian()));
            List<ItemDraft> sample = SampleData.fridge(context.russian());
            List<StockEntry> stock = app.inventory().addAll(sample,
                    java.util.stream.IntStream.rangeClosed(1, sample.size()).boxed().toList());
            Targets targets = app.profiles().targets(profile);
            var today = app.inventory().today();
            List<StockEntry> sorted = app.inventory().list();
            StoredPlan plan = app.plans().plan(new PlanOptions(today, 3, List.of(MealType.values()), false));
            PlanPrinter planPrinter = new PlanPrinter(context);
            if (json.enabled()) {
                context.printJson(new DemoView(dir.toString(), profile, targets,
                        sorted.stream().map(e -> ItemView.of(e, today, context.russian())).toList(), InventoryHash.of(stock),
                        planPrinter.view(plan)));
                return;
            }
            var out = context.out();
            out.println(context.text("cli.demo.intro", dir));
            out.println();
            new ProfilePrinter(context).print(profile, targets, false);
            out.println();
            out.println(context.text("cli.demo.stock"));
            new StockPrinter(context).print(sorted, today);
            out.println(context.text("cli.demo.hash", InventoryHash.of(sorted)));
            out.println();
            out.println("== " + context.text("cli.demo.plan") + " ==");
            planPrinter.print(plan);
            out.println();
            out.println(context.text("cli.demo.next"));
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp folder is harmless; the demo's output matters more
        }
    }
}
