package dev.fridgechef.gui.settings;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Numbers;
import dev.fridgechef.llm.LlmConfigFile;
import dev.fridgechef.llm.LlmConfigFile.Provider;
import dev.fridgechef.llm.ProviderCheck;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AI providers (add, edit, remove, test) and the monthly budget with this month's spend. Every change
 * is written at once (llm.json, the keys file) and put into effect in the running app.
 */
final class AiPane {
    private final GuiSession session;
    private final AiConfig files;
    private final TableView<Provider> table = new TableView<>();
    private final Map<String, String> testResults = new HashMap<>();
    private final TextField budget = new TextField();
    private final TextField perMinute = new TextField();
    private final Label spent = new Label();
    private final Label budgetStatus = new Label();
    private final Label fromEnvironment = new Label();
    private final VBox providersBox;
    private final VBox budgetBox;
    private AiConfig.Loaded loaded;

    AiPane(GuiSession session) {
        this.session = session;
        this.files = new AiConfig(session);
        table.setId("settings-providers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.setPlaceholder(placeholder("settingsview.providers.empty"));
        table.getColumns().setAll(List.of(
                column("settingsview.col.name", Provider::name),
                column("settingsview.col.kind", p -> session.text("settingsview.kind." + p.kind().key())),
                column("settingsview.col.model", p -> p.model().isEmpty() ? session.text("settingsview.provider.default") : p.model()),
                column("settingsview.col.key", this::keyText),
                testColumn()));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Provider>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) edit(row.getItem());
            });
            return row;
        });
        Button add = button("settings-provider-add", "settingsview.provider.add", Feather.PLUS);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> edit(null));
        Button editButton = button("settings-provider-edit", "settingsview.provider.edit", Feather.EDIT_2);
        editButton.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button remove = button("settings-provider-remove", "settingsview.provider.remove", Feather.TRASH_2);
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> remove(table.getSelectionModel().getSelectedItem()));
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label keysNote = new Label(session.text("settingsview.providers.note", files.keys().file()));
        keysNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        keysNote.setWrapText(true);
        fromEnvironment.setId("settings-providers-env");
        fromEnvironment.setWrapText(true);
        fromEnvironment.getStyleClass().add(Styles.TEXT_SMALL);
        providersBox = new VBox(10, table, new HBox(8, add, editButton, remove), fromEnvironment, keysNote);

        budget.setId("settings-budget");
        budget.setPrefColumnCount(6);
        perMinute.setId("settings-generations");
        perMinute.setPrefColumnCount(6);
        perMinute.setMaxWidth(90);
        budget.setMaxWidth(90);
        spent.setId("settings-spent");
        spent.getStyleClass().add(Styles.TEXT_MUTED);
        budgetStatus.setId("settings-budget-status");
        Button save = button("settings-ai-save", "common.save", Feather.CHECK);
        save.setOnAction(e -> saveBudget());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(session.text("settingsview.budget")), new HBox(8, new Label("$"), budget, spent));
        grid.addRow(1, new Label(session.text("settingsview.generations")), perMinute);
        HBox actions = new HBox(12, save, budgetStatus);
        actions.setAlignment(Pos.CENTER_LEFT);
        budgetBox = new VBox(10, grid, actions);
        ((HBox) grid.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
    }

    /** Providers in use that llm.json does not list: made from OPENAI_API_KEY and the like, so not editable here. */
    private void showEnvironmentProviders(AiConfig.Loaded l) {
        Set<String> listed = l.config().providers().stream().map(Provider::name).collect(Collectors.toSet());
        List<String> others = session.app().llmSettings().providers().stream().filter(p -> !listed.contains(p.name()))
                .map(p -> p.name() + " (" + p.model() + ")").toList();
        fromEnvironment.setText(others.isEmpty() ? "" : session.text("settingsview.providers.env", String.join(", ", others)));
        table.setPlaceholder(placeholder(others.isEmpty() ? "settingsview.providers.empty" : "settingsview.providers.none.here"));
        fromEnvironment.setVisible(!others.isEmpty());
        fromEnvironment.setManaged(!others.isEmpty());
    }

    private Label placeholder(String key) {
        Label text = new Label(session.text(key));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return text;
    }

    VBox providers() {
        return providersBox;
    }

    VBox budget() {
        return budgetBox;
    }

    void refresh() {
        session.task(files::load).onSuccess(this::show).runOnce();
    }

    private void show(AiConfig.Loaded l) {
        this.loaded = l;
        table.getItems().setAll(l.config().providers());
        showEnvironmentProviders(l);
        budget.setText(money(l.config().monthlyBudgetUsd()));
        perMinute.setText(Integer.toString(l.config().generationsPerMinute()));
        spent.setText(session.text("settingsview.spent", String.format(Locale.ROOT, "%.2f", l.spentThisMonth()),
                String.format(Locale.ROOT, "%.2f", l.config().monthlyBudgetUsd())));
        table.refresh();
    }

    private void edit(Provider existing) {
        if (loaded == null) return;
        Set<String> taken = loaded.config().providers().stream().filter(p -> p != existing).map(Provider::name).collect(Collectors.toSet());
        AiConfig.KeyState keyState = existing == null ? AiConfig.KeyState.NONE : loaded.key(existing.apiKeyEnv());
        new ProviderDialog(session).show(existing, keyState, taken).ifPresent(result -> {
            List<Provider> providers = new ArrayList<>(loaded.config().providers());
            int at = providers.indexOf(existing);
            if (at >= 0) providers.set(at, result.provider());
            else providers.add(result.provider());
            Map<String, String> keys = result.newKey() == null ? Map.of() : Map.of(result.provider().apiKeyEnv(), result.newKey());
            save(new LlmConfigFile.Config(providers, loaded.config().monthlyBudgetUsd(), loaded.config().generationsPerMinute()), keys, Set.of());
        });
    }

    private void remove(Provider provider) {
        if (loaded == null || provider == null) return;
        List<Provider> providers = new ArrayList<>(loaded.config().providers());
        providers.remove(provider);
        boolean keyShared = providers.stream().anyMatch(p -> p.apiKeyEnv().equals(provider.apiKeyEnv()));
        Set<String> drop = keyShared || provider.apiKeyEnv().isEmpty() ? Set.of() : Set.of(provider.apiKeyEnv());
        save(new LlmConfigFile.Config(providers, loaded.config().monthlyBudgetUsd(), loaded.config().generationsPerMinute()), Map.of(), drop);
    }

    private void saveBudget() {
        if (loaded == null) return;
        Double usd = Numbers.parse(budget.getText());
        Double gens = Numbers.parse(perMinute.getText());
        if (usd == null || usd < 0 || gens == null || gens < 1 || gens != Math.rint(gens)) {
            budgetStatus.setText(session.text("settingsview.budget.invalid"));
            budgetStatus.getStyleClass().setAll("label", Styles.DANGER);
            return;
        }
        save(new LlmConfigFile.Config(loaded.config().providers(), usd, gens.intValue()), Map.of(), Set.of());
    }

    private void save(LlmConfigFile.Config config, Map<String, String> keys, Set<String> drop) {
        session.task(() -> {
            files.save(config, keys, drop);
            return files.load();
        }).onSuccess(l -> {
            show(l);
            budgetStatus.setText(session.text("settingsview.saved"));
            budgetStatus.getStyleClass().setAll("label", Styles.SUCCESS);
        }).runOnce();
    }

    private void test(Provider provider, Runnable redraw) {
        ProviderSettings usable = session.app().llmSettings().providers().stream()
                .filter(p -> p.name().equals(provider.name())).findFirst().orElse(null);
        if (usable == null) {
            testResults.put(provider.name(), session.text("settingsview.test.nokey"));
            redraw.run();
            return;
        }
        testResults.put(provider.name(), session.text("settingsview.test.running"));
        redraw.run();
        session.task(() -> ProviderCheck.check(usable, session.app().usage())).onSuccess(r -> {
            testResults.put(provider.name(), r.ok() ? session.text("settingsview.test.ok", r.latencyMs())
                    : session.text("settingsview.test.failed", r.outcome()));
            redraw.run();
        }).runOnce();
    }

    private String keyText(Provider p) {
        if (p.kind() == ProviderKind.OLLAMA) return session.text("settingsview.key.notneeded");
        AiConfig.KeyState k = loaded == null ? AiConfig.KeyState.NONE : loaded.key(p.apiKeyEnv());
        if (!k.set()) return session.text("settingsview.key.none");
        return session.text(k.fromEnvironment() ? "settingsview.key.env" : "settingsview.key.set", k.lastFour(), p.apiKeyEnv());
    }

    private TableColumn<Provider, String> column(String titleKey, java.util.function.Function<Provider, String> value) {
        TableColumn<Provider, String> c = new TableColumn<>(session.text(titleKey));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private TableColumn<Provider, String> testColumn() {
        TableColumn<Provider, String> c = new TableColumn<>(session.text("settingsview.col.test"));
        c.setSortable(false);
        c.setMinWidth(170);
        c.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().name()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button(session.text("settingsview.test"), new FontIcon(Feather.ZAP));
            private final Label result = new Label();
            private final HBox box = new HBox(8, button, result);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
                button.setOnAction(e -> {
                    Provider p = getTableRow().getItem();
                    if (p != null) test(p, table::refresh);
                });
            }

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                if (empty || name == null) {
                    setGraphic(null);
                    return;
                }
                button.setId("settings-provider-test-" + name);
                result.setText(testResults.getOrDefault(name, ""));
                result.setTooltip(result.getText().isEmpty() ? null : new javafx.scene.control.Tooltip(result.getText()));
                setGraphic(box);
            }
        });
        return c;
    }

    private Button button(String id, String textKey, Feather icon) {
        Button b = new Button(session.text(textKey), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static String money(double usd) {
        return usd == Math.rint(usd) ? Long.toString((long) usd) : String.format(Locale.ROOT, "%.2f", usd);
    }
}
