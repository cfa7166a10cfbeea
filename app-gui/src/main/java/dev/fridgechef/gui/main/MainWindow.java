package dev.fridgechef.gui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import atlantafx.base.controls.Message;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.gui.sync.SyncIndicator;
import dev.fridgechef.gui.sync.SyncNotice;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The main window: a side bar with the pages (and the sync state, when the store is linked) and the
 * page shown. Pages are made when first shown and made again when the language changes. Ctrl+1 …
 * Ctrl+7 switch pages, F5 reloads. A sync that changed data here reloads the page shown.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;

    private final GuiSession session;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox notices = new VBox(8);
    private final Map<Section, View> views = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final Scene scene;
    private Section current = Section.FRIDGE;
    private boolean backFromOwnWindow;
    private SyncIndicator syncIndicator;

    public MainWindow(GuiSession session, Stage stage) {
        this.session = session;
        this.stage = stage;
        applyTheme(session.preferences().theme());
        content.getStyleClass().add("page");
        notices.setId("window-notices");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(new VBox(notices, content));
        root.setLeft(sideBar());
        javafx.geometry.Dimension2D size = defaultSize();
        scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/fridgechef/gui/app.css").toExternalForm());
        installGlobalShortcuts();
        session.onPreferencesChanged(this::preferencesChanged);
        session.sync().onDataChanged(() -> {
            if (views.containsKey(current)) views.get(current).refresh();
        });
        session.sync().onNotice(this::syncNotice);
        // Coming back from another program (the fridge command, say) reloads the page; coming back
        // from one of this app's own dialogs does not: the action behind the dialog reloaded already.
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && !stage.isFocused() && !change.getRemoved().contains(stage)) backFromOwnWindow = true;
            }
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                backFromOwnWindow = false;
            } else if (backFromOwnWindow) {
                backFromOwnWindow = false;
            } else if (views.containsKey(current)) {
                views.get(current).refresh();
            }
        });
    }

    /** Shows the window on the Fridge page. */
    public void show() {
        stage.setTitle(session.text("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(Math.min(960, defaultSize().getWidth()));
        stage.setMinHeight(Math.min(600, defaultSize().getHeight()));
        session.setOwner(stage);
        show(Section.FRIDGE);
        stage.show();
        session.sync().start();
    }

    public void show(Section section) {
        View previous = views.get(current);
        if (previous != null) previous.shortcuts().keySet().forEach(scene.getAccelerators()::remove);
        current = section;
        View view = views.computeIfAbsent(section, s -> s.create(session));
        content.getChildren().setAll(view.root());
        scene.getAccelerators().putAll(view.shortcuts());
        buttons.get(section).setSelected(true);
        view.refresh();
    }

    public Section current() {
        return current;
    }

    private Node sideBar() {
        VBox bar = new VBox(4);
        bar.getStyleClass().add("side-bar");
        bar.setPadding(new Insets(16, 10, 16, 10));
        bar.setPrefWidth(200);
        Label title = new Label(session.text("app.title"), new FontIcon(Feather.SUN));
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        title.setPadding(new Insets(0, 0, 16, 6));
        bar.getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(session.text(section.titleKey()), new FontIcon(section.icon()));
            button.setId(section.buttonId());
            button.setTooltip(new javafx.scene.control.Tooltip("Ctrl+" + (section.ordinal() + 1)));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            button.setOnAction(e -> {
                if (button.isSelected()) show(section);
                else button.setSelected(true); // a page stays chosen
            });
            buttons.put(section, button);
            bar.getChildren().add(button);
        }
        Region spring = new Region();
        VBox.setVgrow(spring, Priority.ALWAYS);
        Label store = new Label(session.databasePath().getParent().toString());
        store.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        store.setWrapText(true);
        store.setTooltip(new javafx.scene.control.Tooltip(session.text("app.store.tooltip", session.databasePath() + ".mv.db")));
        if (syncIndicator != null) syncIndicator.dispose();
        syncIndicator = new SyncIndicator(session, () -> {
            show(Section.SETTINGS);
            if (views.get(Section.SETTINGS) instanceof dev.fridgechef.gui.settings.SettingsView settings) settings.showSync();
        });
        bar.getChildren().addAll(spring, syncIndicator.node(), store);
        return bar;
    }

    /** What a sync tells without having failed (a merge used up an item, a clock runs ahead): a banner above the page until closed. */
    private void syncNotice(SyncNotice notice) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        notice.overdrawnItems().forEach(item -> lines.add(session.text("sync.notice.overdrawn", item)));
        notice.drift().forEach(w -> lines.add(session.text("sync.notice.drift",
                w.deviceId().substring(Math.max(0, w.deviceId().length() - 8)), w.ahead().toMinutes())));
        notice.serverWarnings().forEach(w -> lines.add(session.text("sync.notice.server", w)));
        Message message = new Message(session.text("sync.notice.title"), String.join("\n", lines), new FontIcon(Feather.REFRESH_CW));
        message.getStyleClass().add(Styles.WARNING);
        message.setId("sync-notice");
        message.setOnClose(e -> notices.getChildren().remove(message));
        notices.getChildren().removeIf(n -> "sync-notice".equals(n.getId()));
        VBox.setMargin(message, new Insets(12, 24, 0, 24));
        notices.getChildren().add(message);
    }

    private void installGlobalShortcuts() {
        Section[] sections = Section.values();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (int i = 0; i < sections.length; i++) {
            Section s = sections[i];
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> show(s));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> views.get(current).refresh());
    }

    /** A new language makes every page again in it; a new theme only swaps the style sheet. */
    private void preferencesChanged() {
        applyTheme(session.preferences().theme());
        views.values().forEach(View::dispose);
        views.clear();
        scene.getAccelerators().clear();
        installGlobalShortcuts();
        root.setLeft(sideBar());
        stage.setTitle(session.text("app.title"));
        show(current);
    }

    /** 1280 × 820, or less on a small screen (a laptop's 1366 × 768 less its task bar). */
    public static javafx.geometry.Dimension2D defaultSize() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new javafx.geometry.Dimension2D(Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.95), Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
    }

    public static void applyTheme(GuiPreferences.Theme theme) {
        Application.setUserAgentStylesheet(theme == GuiPreferences.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
