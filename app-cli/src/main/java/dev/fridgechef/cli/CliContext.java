package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.config.AppFolders;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.llm.LlmKeys;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.store.Store;
import dev.fridgechef.store.StoreLocation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every subcommand shares: where output goes, the language, and the services, opened on
 * first use (so that "--help" or "food search" never touch the store).
 */
public final class CliContext implements AutoCloseable {
    /**
     * A command keeps the store file between its units of work for up to a second (it lets go at once when
     * it ends), and does not compact the file as it closes it (the next opening does when it is due).
     */
    private static final dev.fridgechef.store.StoreOptions STORE_OPTIONS = dev.fridgechef.store.StoreOptions.DEFAULT
            .withLinger(java.time.Duration.ofSeconds(1)).withoutCompactingOnClose();

    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintWriter helpOut;
    private final PrintWriter helpErr;
    private final Map<String, String> env;
    private final AppFolders folders;
    private final Clock clock;
    private final Supplier<FoodDatabase> foodLoader;
    private final Terminal terminal;
    private final Path workingDirectory;
    private Messages messages;
    private String databaseOption;
    private FoodDatabase foods;
    private FridgeChef app;
    private ObjectMapper outputJson;
    private UserException llmSettingsProblem;
    private boolean debugOutput;

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Supplier<FoodDatabase> foodLoader,
                      Messages messages) {
        this(out, err, env, clock, foodLoader, messages, Terminal.system(), Path.of("").toAbsolutePath());
    }

    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Supplier<FoodDatabase> foodLoader,
                      Messages messages, Terminal terminal, Path workingDirectory) {
        this.terminal = terminal;
        this.workingDirectory = workingDirectory;
        this.helpOut = out;
        this.helpErr = err;
        this.out = SafeWriter.wrap(out);
        this.err = SafeWriter.wrap(err);
        this.env = relativePathsResolved(env, workingDirectory);
        this.folders = AppFolders.from(this.env);
        this.clock = clock;
        this.foodLoader = foodLoader;
        this.messages = messages;
    }

    /** Standard output, with control and bidirectional characters dropped ({@link SafeWriter}). */
    public PrintWriter out() {
        return out;
    }

    /** Standard error, with control and bidirectional characters dropped ({@link SafeWriter}). */
    public PrintWriter err() {
        return err;
    }

    /** Standard output as given, for picocli's help and usage texts (which may be styled). */
    PrintWriter helpOut() {
        return helpOut;
    }

    PrintWriter helpErr() {
        return helpErr;
    }

    public Messages messages() {
        return messages;
    }

    public boolean russian() {
        return messages.isRussian();
    }

    /** A figure with fixed decimals and the language's decimal mark ("1.8" / "1,8"); see {@link Quantities}. */
    public String num(Double value, int decimals) {
        return Quantities.number(value, decimals, russian());
    }

    /** An amount with its unit in the reader's language: "1.5 kg" / "1,5 кг". */
    public String quantity(double amount, String unitCode) {
        return Quantities.quantity(amount, unitCode, russian());
    }

    /** Whole grams: "150 g" / "150 г". */
    public String grams(double grams) {
        return Quantities.grams(grams, russian());
    }

    /** The keyboard, for confirmations; not interactive in scripts and tests. */
    public Terminal terminal() {
        return terminal;
    }

    public Clock clock() {
        return clock;
    }

    public Map<String, String> env() {
        return env;
    }

    /** The config, data and log folders for this command's environment. */
    public AppFolders folders() {
        return folders;
    }

    /** The environment's paths that may be relative (to the folder the command was run in, as any path given to it). */
    private static final java.util.List<String> PATH_VARIABLES = java.util.List.of("FRIDGECHEF_HOME", "FRIDGECHEF_LLM_CONFIG");

    private static Map<String, String> relativePathsResolved(Map<String, String> env, Path workingDirectory) {
        Map<String, String> resolved = new java.util.HashMap<>(env);
        for (String name : PATH_VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) resolved.put(name, workingDirectory.resolve(value).toString());
        }
        return resolved;
    }

    /** The folder the command was run in: relative paths given to it are relative to this one. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Asks for Fridge Chef's debug messages on stderr (--verbose or FRIDGECHEF_DEBUG), switched on as the command starts. */
    void showDebugOutput() {
        debugOutput = true;
    }

    boolean debugOutput() {
        return debugOutput;
    }

    void setDatabaseOption(String path) {
        this.databaseOption = path;
    }

    public Path databasePath() {
        String explicit = databaseOption == null || databaseOption.isBlank() ? databaseOption : workingDirectory.resolve(databaseOption).toString();
        return StoreLocation.resolve(explicit, folders);
    }

    /** Where llm.json, keys.properties, gui.json and store.json live. */
    public Path configFolder() {
        return folders.configFolder();
    }

    /** Export and erasure of everything about the person; after erasing, the store file is rewritten without the freed pages. */
    public dev.fridgechef.privacy.PersonalData personalData() {
        return app().personalData(configFolder(), () -> dev.fridgechef.store.StoreMaintenance.compact(app().store()));
    }

    public FoodDatabase foods() {
        if (foods == null) foods = foodLoader.get();
        return foods;
    }

    /** The services over the store, opened (and migrated) on first use while the food table loads. */
    public FridgeChef app() {
        if (app == null) {
            FoodDatabase loaded = foods;
            app = FridgeChef.open(() -> {
                // the engine loads beside the food table, and the store opens while the table is read: that
                // takes longer than loading the engine, so holding the file meanwhile keeps no one waiting longer
                Store.warmUp();
                return Store.open(databasePath(), STORE_OPTIONS.withClock(clock));
            }, loaded != null ? () -> loaded : foodLoader, this::llmSettingsOrNone, clock);
            foods = app.foods();
        }
        return app;
    }

    /**
     * The services for a command that uses the AI settings (plan --ai, chat, llm, usage, jobs that run
     * plans): refused, saying what is wrong with the file and where, while the settings file is broken.
     * Every other command works without AI meanwhile.
     */
    public FridgeChef aiApp() {
        FridgeChef services = app();
        if (llmSettingsProblem != null) throw llmSettingsProblem;
        return services;
    }

    private LlmSettings llmSettingsOrNone(Supplier<ObjectMapper> json) {
        try {
            return llmSettings(json);
        } catch (UserException e) {
            llmSettingsProblem = e;
            return LlmSettings.none();
        }
    }

    /**
     * AI provider settings from the environment and the config file; keys from the environment, else
     * from the keys file the desktop app writes (so keys typed in there work here too).
     */
    public LlmSettings llmSettings() {
        return llmSettings(Json::mapper);
    }

    private LlmSettings llmSettings(Supplier<ObjectMapper> json) {
        return LlmSettings.load(env, LlmKeys.in(folders.configFolder()), folders.llmConfigFile(), json);
    }

    /** Services over a store of the caller's choosing (the demo's throw-away one). */
    public FridgeChef openApp(Path databasePath) {
        return new FridgeChef(Store.open(databasePath), foods(), clock);
    }

    /** JSON for --json output: snake_case keys, ISO dates, pretty printed. */
    public ObjectMapper outputJson() {
        if (outputJson == null) {
            outputJson = Json.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
        return outputJson;
    }

    public void printJson(Object value) {
        try {
            outputJson().writeValue(out, value);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} to standard output when {@code output} is null, else to that file as every export is
     * written ({@link dev.fridgechef.AtomicFiles#writeExport}: whole or not at all, into a folder that
     * exists); {@code privateFile}: readable by the owner only (personal data). Returns whether a file
     * was written, so the command can say so on standard error.
     */
    public boolean writeOut(java.nio.file.Path output, String text, boolean privateFile) {
        if (output == null) {
            out.print(text);
            out.flush();
            return false;
        }
        dev.fridgechef.AtomicFiles.writeExport(output, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), privateFile);
        return true;
    }

    public String text(String key, Object... args) {
        return messages.format(key, args);
    }

    @Override
    public void close() {
        if (app != null) app.close();
        out.flush();
        err.flush();
        helpOut.flush();
        helpErr.flush();
    }
}
