package dev.fridgechef.gui.settings;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Labels;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.gui.sync.SyncPane;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;
import java.util.function.Function;

/**
 * Settings: language and theme (applied at once: the window rebuilds its pages), the pantry staples, AI providers and
 * keys, budget, where the data lives, sync with the household's server, and the person's data (export everything, erase everything). Every file is in the session's config folder.
 */
public final class SettingsView implements View {
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "ru", "Русский");

    private final GuiSession session;
    private final AiPane ai;
    private final PantryPane pantry;
    private final SyncPane sync;
    private final ScrollPane root;
    private final VBox page;
    private final VBox syncCard;
    /** Whether the page keeps the Sync card in view as it grows (after "Log in again" led here). */
    private boolean followSync;

    public SettingsView(GuiSession session) {
        this.session = session;
        this.ai = new AiPane(session);
        this.pantry = new PantryPane(session);
        this.sync = new SyncPane(session);
        Label title = new Label(session.text("nav.settings"));
        title.getStyleClass().add("page-title");
        syncCard = section(Feather.REFRESH_CW, "sync.pane.title", sync.node());
        page = new VBox(18, title,
                section(Feather.GLOBE, "settingsview.appearance", appearance()),
                section(Feather.PACKAGE, "settingsview.pantry", pantry.node()),
                section(Feather.CPU, "settingsview.providers", ai.providers()),
                section(Feather.DOLLAR_SIGN, "settingsview.budget.title", ai.budget()),
                section(Feather.DATABASE, "settingsview.data", new DataLocationPane(session).node()),
                syncCard,
                section(Feather.SHIELD, "settingsview.yourdata", new PersonalDataPane(session).node()));
        page.setMaxWidth(920);
        page.setPadding(new Insets(0, 12, 12, 0));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        followSyncCard();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        ai.refresh();
        pantry.refresh();
        sync.refresh();
    }

    /** Scrolls to the Sync card (the side bar's "Log in again" leads here). */
    public void showSync() {
        sync.whenShown(() -> {
            followSync = true;
            scrollToSync();
            sync.focusLogin();
        });
    }

    /**
     * The cards above load on their own (the staples, the AI providers) and make the page taller after
     * the Sync card was scrolled to, and the page's viewport may get its size only after that (a busy
     * machine): until the person scrolls or clicks, the page follows the card.
     */
    private void followSyncCard() {
        page.heightProperty().addListener((obs, was, now) -> {
            if (followSync) scrollToSync();
        });
        root.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (followSync) scrollToSync();
        });
        root.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> followSync = false);
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> followSync = false);
    }

    private void scrollToSync() {
        root.layout();
        double scrollable = page.getHeight() - root.getViewportBounds().getHeight();
        if (scrollable > 0) root.setVvalue(Math.min(1, syncCard.getBoundsInParent().getMinY() / scrollable));
    }

    @Override
    public void dispose() {
        sync.dispose();
    }

    private GridPane appearance() {
        String current = session.russian() ? "ru" : "en";
        ComboBox<String> language = combo("settings-language", new String[] {"en", "ru"}, LANGUAGES::get);
        language.setValue(current);
        language.setOnAction(e -> {
            if (language.getValue() != null && !language.getValue().equals(current)) {
                session.changePreferences(p -> p.withLanguage(language.getValue()));
            }
        });
        ComboBox<GuiPreferences.Theme> theme = combo("settings-theme", GuiPreferences.Theme.values(),
                t -> session.text("settingsview.theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
        theme.setValue(session.preferences().theme());
        theme.setOnAction(e -> {
            if (theme.getValue() != null && theme.getValue() != session.preferences().theme()) {
                session.changePreferences(p -> p.withTheme(theme.getValue()));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(session.text("settingsview.language")), language);
        grid.addRow(1, new Label(session.text("settingsview.theme")), theme);
        return grid;
    }

    private <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setPrefWidth(200);
        box.setConverter(Labels.of(label));
        return box;
    }

    private VBox section(Feather icon, String titleKey, Node content) {
        Label title = new Label(session.text(titleKey), new FontIcon(icon));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(12, title, content);
        card.getStyleClass().addAll("card", "settings-card");
        return card;
    }
}
