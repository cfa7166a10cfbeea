package dev.fridgechef.gui;

import atlantafx.base.theme.Styles;
import dev.fridgechef.config.AppFolders;
import dev.fridgechef.gui.common.ErrorDialogs;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The desktop app. Shows a small "opening" window at once while the services open ({@link AppOpening},
 * begun by {@link Launcher} before JavaFX starts), then the main window. Arguments: {@code --db PATH} (the same store
 * option as the CLI's), {@code --lang en|ru}.
 */
public final class FridgeChefApp extends Application {
    private GuiSession session;

    @Override
    public void start(Stage stage) {
        Map<String, String> env = System.getenv();
        AppFolders folders = AppFolders.from(env);
        Path configFolder = folders.configFolder();
        List<String> args = getParameters().getRaw();

        GuiPreferences loaded;
        UserException preferencesProblem = null;
        try {
            loaded = GuiPreferences.load(configFolder.resolve("gui.json"));
        } catch (UserException e) {
            loaded = GuiPreferences.defaults();
            preferencesProblem = e;
        }
        String language = option(args, "--lang");
        GuiPreferences preferences = language == null ? loaded : loaded.withLanguage(Messages.parseLanguage(language).getLanguage());
        Messages messages = GuiSession.messagesFor(preferences, env);
        MainWindow.applyTheme(preferences.theme());

        AppOpening opening = AppOpening.forArguments(args, env);
        Path database = opening.database();
        stage.setTitle(messages.get("app.title") + " — " + messages.get("app.opening"));
        javafx.geometry.Dimension2D size = MainWindow.defaultSize();
        stage.setScene(new Scene(opening(messages, database), size.getWidth(), size.getHeight()));
        stage.show();

        List<UserException> startProblems = new java.util.ArrayList<>();
        if (preferencesProblem != null) startProblems.add(preferencesProblem);
        opening.services().whenComplete((services, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                var alert = ErrorDialogs.build(messages, failure);
                alert.setContentText(messages.get("app.opening.failed")); // not "fix the value": there is none to fix
                alert.initOwner(stage);
                alert.showAndWait();
                Platform.exit();
                return;
            }
            LoggerFactory.getLogger(FridgeChefApp.class).info("desktop app opened");
            session = new GuiSession(services, database, env, configFolder, preferences);
            new MainWindow(session, stage).show();
            if (env.containsKey("FRIDGECHEF_STARTUP_TRACE")) traceFirstPage(stage.getScene());
            warmUpLaterPages(session);
            startProblems.addAll(opening.problems());
            startProblems.forEach(session::showError);
        }));
    }

    /**
     * Loads the recipe library (Plan, Recipes, Diary and the Fridge's cook-now use it: 0.4 s the first
     * time) and reads today's plan once (0.2 s the first time) a second after the main window opens, when
     * the first page has its data, so that the first visit of those pages does not wait for them.
     */
    private static void warmUpLaterPages(GuiSession session) {
        var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        pause.setOnFinished(e -> session.task(() -> {
            session.app().recipes().library();
            session.app().plans().covering(session.app().inventory().today());
        }).runOnce());
        pause.play();
    }

    /**
     * For scripts/bench-gui.sh: prints "first page drawn" on standard error in the pulse that lays out
     * the Fridge page with the stock in it, the moment a person sees it.
     */
    private static void traceFirstPage(Scene scene) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (scene.lookup("#stock-table") instanceof javafx.scene.control.TableView<?> table && !table.getItems().isEmpty()) {
                scene.removePostLayoutPulseListener(check[0]);
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("first page drawn " + ms + " ms after the JVM started");
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static VBox opening(Messages messages, Path database) {
        ProgressIndicator spinner = new ProgressIndicator();
        Label label = new Label(messages.get("app.opening"));
        label.getStyleClass().add(Styles.TITLE_4);
        Label where = new Label(database + ".mv.db");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(16, spinner, label, where);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) return args.get(i + 1);
            if (args.get(i).startsWith(name + "=")) return args.get(i).substring(name.length() + 1);
        }
        return null;
    }

    @Override
    public void stop() {
        if (session != null) session.close();
    }
}
