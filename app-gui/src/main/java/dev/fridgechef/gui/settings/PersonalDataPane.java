package dev.fridgechef.gui.settings;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.llm.LlmKeys;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.privacy.PersonalData;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * "Your data": everything the app holds about the person exported as one JSON file, or erased
 * (after the person types the word) — the same as {@code fridge export --all} and {@code fridge forget}.
 */
final class PersonalDataPane {
    /** Either word confirms, whatever the app's language. */
    private static final Set<String> WORDS = Set.of("forget", "удалить");

    private final GuiSession session;
    private final VBox root;

    PersonalDataPane(GuiSession session) {
        this.session = session;
        Label note = new Label(session.text("settingsview.yourdata.note"));
        note.setWrapText(true);
        Button export = new Button(session.text("settingsview.export.all"), new FontIcon(Feather.DOWNLOAD));
        export.setId("settings-export-all");
        export.setOnAction(e -> chooseExport());
        Button erase = new Button(session.text("settingsview.erase"), new FontIcon(Feather.TRASH_2));
        erase.setId("settings-erase");
        erase.getStyleClass().add(Styles.DANGER);
        erase.setOnAction(e -> askAndErase());
        root = new VBox(10, note, new HBox(8, export, erase));
        root.setId("settings-yourdata");
        root.getProperties().put(PersonalDataPane.class, this); // lets tests export without the native file dialog
    }

    VBox node() {
        return root;
    }

    private PersonalData personalData() {
        // after erasing, the store file is rewritten without the freed pages (this process has the file to itself meanwhile)
        return session.app().personalData(session.configFolder(), () -> dev.fridgechef.store.StoreMaintenance.compact(session.app().store()));
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.text("settingsview.export.all.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.text("settingsview.export.all.files"), "*.json"));
        chooser.setInitialFileName("fridgechef-personal-data.json");
        File file = chooser.showSaveDialog(session.owner());
        if (file != null) exportTo(file.toPath().toAbsolutePath());
    }

    /** Writes everything about the person to {@code file} in the background, then says where. */
    public void exportTo(Path file) {
        session.task(() -> personalData().exportTo(file))
                .onSuccess(v -> inform(session.text("settingsview.export.all.done", file)))
                .runOnce();
    }

    /** Asks for the word; erases only when it was typed. */
    public void askAndErase() {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (session.owner() != null) dialog.initOwner(session.owner());
        dialog.setTitle(session.text("settingsview.erase.title"));
        dialog.setHeaderText(session.text("settingsview.erase.header"));
        Label text = new Label(session.text("settingsview.erase.text", session.databasePath() + ".mv.db", session.configFolder(),
                session.databasePath().resolveSibling(PersonalData.BACKUP_FOLDER)));
        text.setWrapText(true);
        text.setMaxWidth(520);
        TextField word = new TextField();
        word.setId("settings-erase-word");
        dialog.getDialogPane().setContent(new VBox(10, text, word));
        ButtonType erase = new ButtonType(session.text("settingsview.erase.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(erase, dev.fridgechef.gui.common.DialogButtons.cancel(session));
        Button eraseButton = (Button) dialog.getDialogPane().lookupButton(erase);
        eraseButton.setId("settings-erase-ok");
        eraseButton.getStyleClass().add(Styles.DANGER);
        eraseButton.setDefaultButton(false);
        eraseButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !WORDS.contains(word.getText().strip().toLowerCase(Locale.ROOT)), word.textProperty()));
        Platform.runLater(word::requestFocus);
        if (dialog.showAndWait().orElse(null) == erase) erase();
    }

    /** Erases in the background, puts the AI settings left (the environment's) into effect, and makes every page again. */
    private void erase() {
        session.task(() -> {
            PersonalData.Erased erased = personalData().forget();
            AiConfig ai = new AiConfig(session);
            session.app().useLlmSettings(LlmSettings.load(session.env(), LlmKeys.in(session.configFolder()), ai.configFile(), session.app().json()));
            return erased;
        }).onSuccess(erased -> {
            session.reloadPages();
            inform(session.text("settingsview.erase.done", erased.totalRows(), erased.files().size()));
        }).runOnce();
    }

    private void inform(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, dev.fridgechef.gui.common.DialogButtons.ok(session));
        alert.setHeaderText(null);
        alert.setTitle(session.text("settingsview.yourdata"));
        if (session.owner() != null) alert.initOwner(session.owner());
        alert.show();
    }
}
