package dev.fridgechef.gui.settings;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Numbers;
import dev.fridgechef.gui.common.Labels;
import dev.fridgechef.llm.LlmConfigFile.Provider;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Optional;
import java.util.Set;

/** Adds or edits one AI provider. The key is typed into a password field and never shown back. */
final class ProviderDialog {
    /** The provider as entered and the new key ({@code null}: keep the key as it is). */
    record Result(Provider provider, String newKey) {
    }

    private final GuiSession session;
    private final TextField name = field("settings-provider-name");
    private final ComboBox<ProviderKind> kind = new ComboBox<>();
    private final TextField baseUrl = field("settings-provider-url");
    private final TextField model = field("settings-provider-model");
    private final TextField keyEnv = field("settings-provider-key-env");
    private final PasswordField key = new PasswordField();
    private final TextField inputPrice = field("settings-provider-input-price");
    private final TextField outputPrice = field("settings-provider-output-price");
    private final TextField rpm = field("settings-provider-rpm");
    private final TextField tpm = field("settings-provider-tpm");
    private final Label problem = new Label();

    ProviderDialog(GuiSession session) {
        this.session = session;
    }

    /** {@code existing} null to add; {@code takenNames} are the other providers' names. */
    Optional<Result> show(Provider existing, AiConfig.KeyState keyState, Set<String> takenNames) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(session.owner());
        dialog.setTitle(session.text(existing == null ? "settingsview.provider.add.title" : "settingsview.provider.edit.title"));
        kind.getItems().setAll(ProviderKind.values());
        kind.setId("settings-provider-kind");
        kind.setConverter(Labels.of(k -> session.text("settingsview.kind." + k.key())));
        key.setId("settings-provider-key");
        Provider p = existing != null ? existing
                : new Provider("", ProviderKind.OPENAI, "", "", "", 0, 0, ProviderSettings.DEFAULT_REQUESTS_PER_MINUTE,
                ProviderSettings.DEFAULT_TOKENS_PER_MINUTE);
        name.setText(p.name());
        kind.setValue(p.kind());
        baseUrl.setText(p.baseUrl());
        model.setText(p.model());
        keyEnv.setText(p.apiKeyEnv());
        keyEnv.setPromptText(session.text("settingsview.provider.keyenv.prompt"));
        key.setPromptText(keyState.set() ? session.text("settingsview.key.set", keyState.lastFour()) : session.text("settingsview.key.none"));
        inputPrice.setText(number(p.inputPrice()));
        outputPrice.setText(number(p.outputPrice()));
        rpm.setText(Integer.toString(p.requestsPerMinute()));
        tpm.setText(Long.toString(p.tokensPerMinute()));
        baseUrl.promptTextProperty().bind(Bindings.createStringBinding(() -> session.text("settingsview.provider.default"), kind.valueProperty()));
        model.setPromptText(session.text("settingsview.provider.default"));
        key.disableProperty().bind(kind.valueProperty().isEqualTo(ProviderKind.OLLAMA));
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setId("settings-provider-problem");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints(320);
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        row = add(grid, row, "settingsview.provider.name", name);
        row = add(grid, row, "settingsview.provider.kind", kind);
        row = add(grid, row, "settingsview.provider.model", model);
        row = add(grid, row, "settingsview.provider.url", baseUrl);
        row = add(grid, row, "settingsview.provider.key", key);
        row = add(grid, row, "settingsview.provider.keyenv", keyEnv);
        row = add(grid, row, "settingsview.provider.prices", new javafx.scene.layout.HBox(8, inputPrice, new Label("/"), outputPrice));
        row = add(grid, row, "settingsview.provider.limits", new javafx.scene.layout.HBox(8, rpm, new Label("/"), tpm));
        grid.add(problem, 1, row);
        dialog.getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(session.text("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(session.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("settings-provider-ok");
        okButton.getStyleClass().add(Styles.ACCENT);
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String error = check(takenNames);
            problem.setText(error == null ? "" : error);
            if (error != null) e.consume();
        });
        dialog.setResultConverter(button -> button == ok ? result(keyState) : null);
        return dialog.showAndWait();
    }

    private String check(Set<String> takenNames) {
        String n = name.getText().strip();
        if (n.isEmpty()) return session.text("settingsview.provider.error.name");
        if (takenNames.contains(n)) return session.text("settingsview.provider.error.taken", n);
        for (TextField f : new TextField[] {inputPrice, outputPrice, rpm, tpm}) {
            if (Numbers.parse(f.getText()) == null || Numbers.parse(f.getText()) < 0) return session.text("settingsview.provider.error.number");
        }
        return null;
    }

    private Result result(AiConfig.KeyState keyState) {
        ProviderKind k = kind.getValue();
        String variable = keyEnv.getText().strip();
        if (variable.isEmpty() && k != ProviderKind.OLLAMA) variable = Provider.keyVariableFor(name.getText());
        Provider p = new Provider(name.getText(), k, baseUrl.getText(), model.getText(), variable, Numbers.parse(inputPrice.getText()),
                Numbers.parse(outputPrice.getText()), Numbers.parse(rpm.getText()).intValue(), Numbers.parse(tpm.getText()).longValue());
        String typed = key.getText() == null ? "" : key.getText().strip();
        return new Result(p, typed.isEmpty() || k == ProviderKind.OLLAMA ? null : typed);
    }

    private int add(GridPane grid, int row, String labelKey, Node input) {
        grid.add(new Label(session.text(labelKey)), 0, row);
        grid.add(input, 1, row);
        return row + 1;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
