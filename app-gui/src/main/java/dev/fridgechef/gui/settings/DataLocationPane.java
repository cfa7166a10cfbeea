package dev.fridgechef.gui.settings;

import atlantafx.base.theme.Styles;
import dev.fridgechef.config.AppFolders;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.store.StoreCopy;
import dev.fridgechef.store.StoreLocation;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;

/**
 * Where the store is, and moving it: a verified copy in the chosen folder ({@link StoreCopy}), the
 * folder saved in store.json for both the CLI and this app, then a restart. The old file stays.
 */
final class DataLocationPane {
    private final GuiSession session;
    private final VBox root;

    DataLocationPane(GuiSession session) {
        this.session = session;
        Path file = StoreLocation.databaseFile(session.databasePath());
        Label path = new Label(file.toString());
        path.setId("settings-data-path");
        path.setWrapText(true);
        path.getStyleClass().add("data-path");
        Label note = new Label(session.text("settingsview.data.note"));
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        HBox buttons = new HBox(8);
        if (desktopCanOpenFolders()) {
            Button open = new Button(session.text("settingsview.data.open"), new FontIcon(Feather.FOLDER));
            open.setId("settings-data-open");
            open.setOnAction(e -> session.task(() -> {
                Desktop.getDesktop().open(session.databasePath().getParent().toFile());
                return null;
            }).runOnce());
            buttons.getChildren().add(open);
        }
        Button move = new Button(session.text("settingsview.data.move"), new FontIcon(Feather.TRUCK));
        move.setId("settings-data-move");
        move.setOnAction(e -> chooseAndMove());
        buttons.getChildren().add(move);
        root = new VBox(10, path, buttons, note);
        root.setId("settings-data");
        root.getProperties().put(DataLocationPane.class, this); // lets tests move without the native folder dialog
    }

    VBox node() {
        return root;
    }

    private static boolean desktopCanOpenFolders() {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | Error e) {
            return false; // headless or no AWT: the button is simply not offered
        }
    }

    private void chooseAndMove() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(session.text("settingsview.data.choose"));
        File chosen = chooser.showDialog(session.owner());
        if (chosen != null) moveTo(chosen.toPath().toAbsolutePath());
    }

    /** Copies the store to {@code folder} (or, when it already holds one, offers to use that) and makes it the data folder. */
    public void moveTo(Path folder) {
        if (folder.equals(session.databasePath().getParent())) return;
        if (StoreCopy.hasStore(folder)) {
            ButtonType use = new ButtonType(session.text("settingsview.data.useexisting"), ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, session.text("settingsview.data.exists", folder), use, dev.fridgechef.gui.common.DialogButtons.cancel(session));
            ask.initOwner(session.owner());
            ask.setHeaderText(null);
            if (ask.showAndWait().orElse(null) != use) return;
            session.task(() -> StoreLocation.chooseFolder(session.configFolder(), folder)).onSuccess(v -> askRestart(folder)).runOnce();
            return;
        }
        session.task(() -> {
            StoreCopy.copy(session.app().store(), folder);
            StoreLocation.chooseFolder(session.configFolder(), folder);
        }).onSuccess(v -> askRestart(folder)).runOnce();
    }

    private void askRestart(Path folder) {
        ButtonType later = new ButtonType(session.text("settingsview.data.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType(session.text("settingsview.data.quit"), ButtonBar.ButtonData.OK_DONE);
        String text = session.text("settingsview.data.moved", folder, StoreLocation.databaseFile(session.databasePath()));
        Path nextStart = StoreLocation.resolve(null, AppFolders.from(session.env()), session.configFolder());
        if (session.env().containsKey("FRIDGECHEF_HOME")) text += "\n\n" + session.text("settingsview.data.envwins");
        else if (!nextStart.getParent().equals(folder)) text += "\n\n" + session.text("settingsview.data.dbwins");
        Alert done = new Alert(Alert.AlertType.INFORMATION, text, later, quit);
        done.initOwner(session.owner());
        done.setHeaderText(session.text("settingsview.data.restart"));
        if (done.showAndWait().orElse(later) == quit) Platform.exit();
    }
}
