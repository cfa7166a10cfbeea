package dev.fridgechef.gui;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.config.AppFolders;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.logging.Logs;
import dev.fridgechef.store.Store;
import dev.fridgechef.store.StoreLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Opening the services: the store opened (and migrated), the food table and the AI settings read.
 * {@link Launcher} begins it before JavaFX starts, so that it runs while the toolkit starts and the
 * opening window is drawn (each takes about a second on two cores) rather than after them.
 *
 * @param database the store's path (the --db option, else the default)
 * @param problems what went wrong but did not stop the opening (a broken AI settings file), to show
 * @param services done with the services, or with the reason they could not be opened
 */
record AppOpening(Path database, List<UserException> problems, CompletableFuture<FridgeChef> services) {
    private static volatile AppOpening begun;

    /** Begins opening for these command-line arguments and environment, on threads of its own. */
    static AppOpening begin(List<String> args, Map<String, String> env) {
        AppFolders folders = AppFolders.from(env);
        Path database = StoreLocation.resolve(FridgeChefApp.option(args, "--db"), folders);
        List<UserException> problems = new CopyOnWriteArrayList<>();
        CompletableFuture<FridgeChef> services = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("fridgechef-open").start(() -> {
            try {
                // logging first: a log call made while it is being set up ends in a warning on stderr
                Logs.awaitSetUp();
                services.complete(open(database, folders, env, problems));
            } catch (Throwable e) {
                services.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        });
        AppOpening opening = new AppOpening(database, problems, services);
        begun = opening;
        return opening;
    }

    /** What {@link #begin} began for these arguments, else begun now. */
    static AppOpening forArguments(List<String> args, Map<String, String> env) {
        AppOpening opening = begun;
        return opening != null ? opening : begin(args, env);
    }

    private static FridgeChef open(Path database, AppFolders folders, Map<String, String> env, List<UserException> problems) {
        return FridgeChef.open(() -> Store.open(database), FoodDatabase::load, json -> {
            try {
                return LlmSettings.load(env, dev.fridgechef.llm.LlmKeys.in(folders.configFolder()), folders.llmConfigFile(), json);
            } catch (UserException e) {
                // a broken AI settings file only costs the AI: the app opens and says what is wrong
                problems.add(e);
                return LlmSettings.none();
            }
        }, Clock.systemDefaultZone());
    }
}
