package dev.fridgechef.gui;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.gui.common.ErrorDialogs;
import dev.fridgechef.gui.common.Tasks;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.gui.sync.SyncController;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every view of the desktop app shares: the core services over the store, the texts in the
 * person's language, the preferences, and the worker threads that keep the FX thread free.
 */
public final class GuiSession implements AutoCloseable {
    /** The GUI's bundles, searched before the core's (which has the errors and labels). */
    static final String[] BUNDLES = {"fridgechef.gui.messages", "fridgechef.gui.fridge.messages", "fridgechef.gui.plan.messages",
            "fridgechef.gui.recipes.messages", "fridgechef.gui.profile.messages", "fridgechef.gui.settings.messages",
            "fridgechef.gui.chat.messages", "fridgechef.gui.diary.messages", "fridgechef.gui.sync.messages"};

    private final FridgeChef app;
    private final Path databasePath;
    private final Map<String, String> env;
    private final Path configFolder;
    private final ExecutorService workers;
    private final SyncController sync;
    private Messages messages;
    private GuiPreferences preferences;
    private Window owner;
    private final java.util.List<Runnable> preferenceListeners = new java.util.ArrayList<>();

    public GuiSession(FridgeChef app, Path databasePath, Map<String, String> env, Path configFolder, GuiPreferences preferences) {
        this(app, databasePath, env, configFolder, preferences, SyncController.Transports.http(HttpSyncTransport.DEFAULT_TIMEOUT), SyncController.Timing.DEFAULT);
    }

    /** With the way to the sync server and its timing given (tests sync with a fake server, quickly). */
    public GuiSession(FridgeChef app, Path databasePath, Map<String, String> env, Path configFolder, GuiPreferences preferences,
                      SyncController.Transports transports, SyncController.Timing syncTiming) {
        this.app = app;
        this.databasePath = databasePath;
        this.env = Map.copyOf(env);
        this.configFolder = configFolder;
        this.preferences = preferences;
        this.messages = messagesFor(preferences, env);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fridgechef-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.sync = new SyncController(app.sync(), new SyncCredentials(configFolder), transports, syncTiming, HttpSyncTransport.DEFAULT_TIMEOUT);
    }

    /** The language saved in the preferences, else the system's (FRIDGECHEF_LANG, LANG, the JVM's locale). */
    public static Messages messagesFor(GuiPreferences preferences, Map<String, String> env) {
        return Messages.forLocale(locale(preferences, env), BUNDLES);
    }

    private static Locale locale(GuiPreferences preferences, Map<String, String> env) {
        if (preferences.language() != null) return Messages.supported(Locale.forLanguageTag(preferences.language()));
        return Messages.fromEnvironment(env);
    }

    public FridgeChef app() {
        return app;
    }

    /** Background sync with the household server, when the store is linked (started by the main window). */
    public SyncController sync() {
        return sync;
    }

    public Messages messages() {
        return messages;
    }

    public boolean russian() {
        return messages.isRussian();
    }

    public String text(String key, Object... args) {
        return messages.format(key, args);
    }

    public GuiPreferences preferences() {
        return preferences;
    }

    public Path databasePath() {
        return databasePath;
    }

    public Map<String, String> env() {
        return env;
    }

    /** Where gui.json, llm.json and the keys live. */
    public Path configFolder() {
        return configFolder;
    }

    public Path preferencesFile() {
        return configFolder.resolve("gui.json");
    }

    /**
     * Applies one change made in Settings: to the preferences in effect, and to those saved in
     * gui.json, which alone are written. A one-off {@code --lang} in effect is thus not saved when the
     * theme changes; only what the person changed is. A new language takes effect in the texts at once
     * (the window rebuilds its views).
     */
    public void changePreferences(java.util.function.UnaryOperator<GuiPreferences> change) {
        GuiPreferences saved = change.apply(GuiPreferences.load(preferencesFile()));
        saved.save(preferencesFile());
        this.preferences = change.apply(preferences);
        this.messages = messagesFor(preferences, env);
        preferenceListeners.forEach(Runnable::run);
    }

    /** Called (on the FX thread) after the preferences changed: the window re-applies theme and language. */
    public void onPreferencesChanged(Runnable listener) {
        preferenceListeners.add(listener);
    }

    /** Makes every page again from the store, as a change of language does (after the person's data was erased). */
    public void reloadPages() {
        preferenceListeners.forEach(Runnable::run);
    }

    public void setOwner(Window window) {
        this.owner = window;
    }

    public Window owner() {
        return owner;
    }

    /** Work for the worker threads; callbacks on the FX thread, unhandled failures in an error dialog. */
    public <T> Tasks.Builder<T> task(Callable<T> work) {
        return Tasks.create(work).in(this::execute, this::showError);
    }

    public Tasks.Builder<Void> task(Runnable work) {
        return Tasks.create(work).in(this::execute, this::showError);
    }

    /** After close (the window is gone) late work such as a timer's reload is dropped, not failed. */
    private void execute(Runnable work) {
        try {
            workers.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the session is closed
        }
    }

    public void showError(Throwable error) {
        ErrorDialogs.show(owner, messages, error);
    }

    @Override
    public void close() {
        sync.close();
        workers.shutdownNow();
        app.close();
    }
}
