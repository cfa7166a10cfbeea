package dev.fridgechef.gui.sync;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.sync.http.SyncLogin;
import dev.fridgechef.sync.store.SyncStore;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Settings → Sync: the link (server, account, this device, last sync and how it ended, changes waiting),
 * a login form when there is no valid login, and Sync now / Log out when there is. Logging in and out
 * run off the FX thread; their errors show under the form.
 */
public final class SyncPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GuiSession session;
    private final GridPane facts = new GridPane();
    private final Label unlinked = new Label();
    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button login = new Button();
    private final GridPane form = new GridPane();
    private final Button syncNow = new Button();
    private final Button logout = new Button();
    private final HBox actions;
    private final Label error = new Label();
    private final Label message = new Label();
    private final HBox localChoice;
    private final VBox root;
    private Runnable afterShow;
    private final ChangeListener<SyncStatus> listener = (obs, old, now) -> {
        if (old == null || old.running() != now.running() || old.kind() != now.kind() || old.pending() != now.pending()) refresh();
    };

    public SyncPane(GuiSession session) {
        this.session = session;
        Label note = new Label(session.text("sync.pane.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setId("sync-facts");
        facts.setHgap(12);
        facts.setVgap(6);
        unlinked.setText(session.text("sync.pane.unlinked"));
        unlinked.setId("sync-unlinked");

        url.setId("sync-url");
        url.setPromptText("https://");
        url.setPrefWidth(320);
        user.setId("sync-user");
        user.setPrefWidth(220);
        password.setId("sync-password");
        password.setPrefWidth(220);
        password.setOnAction(e -> login());
        login.setText(session.text("sync.pane.login"));
        login.setGraphic(new FontIcon(Feather.LOG_IN));
        login.setId("sync-login");
        login.getStyleClass().add(Styles.ACCENT);
        login.setOnAction(e -> login());
        form.setId("sync-form");
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(session.text("sync.pane.url")), url);
        form.addRow(1, new Label(session.text("sync.pane.user")), user);
        form.addRow(2, new Label(session.text("sync.pane.password")), password);
        form.add(login, 1, 3);

        syncNow.setText(session.text("sync.pane.syncnow"));
        syncNow.setGraphic(new FontIcon(Feather.REFRESH_CW));
        syncNow.setId("sync-now");
        syncNow.setOnAction(e -> session.sync().syncNow());
        logout.setText(session.text("sync.pane.logout"));
        logout.setGraphic(new FontIcon(Feather.LOG_OUT));
        logout.setId("sync-logout");
        logout.setOnAction(e -> logout());
        actions = new HBox(8, syncNow, logout);
        actions.setAlignment(Pos.CENTER_LEFT);

        error.setId("sync-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        message.setId("sync-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.SUCCESS);
        for (Label l : new Label[] {error, message}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        for (GridPane grid : new GridPane[] {facts, form}) {
            javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
            keys.setMinWidth(150); // the facts and the form line up
            grid.getColumnConstraints().add(keys);
        }
        Button add = new Button(session.text("sync.pane.local.add"), new FontIcon(Feather.PLUS_CIRCLE));
        add.setId("sync-local-add");
        add.setOnAction(e -> login(SyncLogin.LocalStock.ADD));
        Button setAside = new Button(session.text("sync.pane.local.setaside"), new FontIcon(Feather.ARCHIVE));
        setAside.setId("sync-local-set-aside");
        setAside.setOnAction(e -> login(SyncLogin.LocalStock.SET_ASIDE));
        localChoice = new HBox(8, add, setAside);
        localChoice.setId("sync-local-choice");
        visible(localChoice, false);
        root = new VBox(12, note, unlinked, facts, form, actions, error, localChoice, message);
        root.setId("settings-sync");
        show(null);
        session.sync().status().addListener(listener);
    }

    public Node node() {
        return root;
    }

    /** Reads the link and the login (off the FX thread). */
    public void refresh() {
        session.task(() -> session.sync().details()).onSuccess(this::show).runOnce();
    }

    /** Puts the cursor where a login starts: the password when the address and name are known. */
    public void focusLogin() {
        if (!form.isVisible()) return;
        (url.getText() == null || url.getText().isBlank() ? url : user.getText() == null || user.getText().isBlank() ? user : password).requestFocus();
    }

    public void dispose() {
        session.sync().status().removeListener(listener);
    }

    /** Runs once the next read of the link is shown and laid out (scrolling to this pane needs its final height). */
    public void whenShown(Runnable action) {
        afterShow = action;
    }

    private void show(SyncController.Details details) {
        update(details);
        if (details != null && afterShow != null) {
            Runnable action = afterShow;
            afterShow = null;
            javafx.application.Platform.runLater(action);
        }
    }

    private void update(SyncController.Details details) {
        boolean linked = details != null && details.link().isPresent();
        boolean loggedIn = details != null && details.loggedIn();
        visible(unlinked, details != null && !linked);
        visible(facts, linked);
        visible(form, details != null && !loggedIn);
        visible(actions, loggedIn);
        if (!linked) return;
        SyncStore.Link link = details.link().get();
        facts.getChildren().clear();
        row(0, "sync.pane.server", link.serverUrl(), "sync-server");
        row(1, "sync.pane.account", link.account(), "sync-account");
        row(2, "sync.pane.device", link.deviceId().toString(), "sync-device");
        row(3, "sync.pane.login.state", session.text(loggedIn ? "sync.pane.state.in" : "sync.pane.state.out"), "sync-login-state");
        row(4, "sync.pane.last", lastSync(link), "sync-last");
        row(5, "sync.pane.pending", Integer.toString(details.pending()), "sync-pending");
        if (url.getText() == null || url.getText().isBlank()) url.setText(link.serverUrl());
        if (user.getText() == null || user.getText().isBlank()) user.setText(link.account());
        syncNow.setDisable(session.sync().status().get().running());
    }

    private String lastSync(SyncStore.Link link) {
        if (link.lastSyncAt() == null) return session.text("sync.pane.last.never");
        String when = WHEN.format(link.lastSyncAt().atZone(ZoneId.systemDefault()));
        String result = link.lastResult() == null ? "" : link.lastResult();
        String how = result.startsWith("synced") ? session.text("sync.pane.result.synced")
                : result.startsWith("pending") ? session.text("sync.pane.result.pending")
                : session.text("sync.pane.result.failed", result.startsWith("failed: ") ? result.substring(8) : result);
        return when + " — " + how;
    }

    private void row(int index, String key, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        Label k = new Label(session.text(key));
        k.getStyleClass().add(Styles.TEXT_MUTED);
        facts.addRow(index, k, v);
    }

    private void login() {
        login(SyncLogin.LocalStock.ASK);
    }

    /** {@code localStock}: what to do with this store's stock when the household already syncs (the server's answer decides whether that is asked). */
    private void login(SyncLogin.LocalStock localStock) {
        visible(localChoice, false);
        error.setText("");
        message.setText("");
        String typedUrl = url.getText() == null ? "" : url.getText().strip();
        String name = user.getText() == null ? "" : user.getText().strip();
        String secret = password.getText() == null ? "" : password.getText();
        if (typedUrl.isEmpty() || name.isEmpty() || secret.isEmpty()) {
            error.setText(session.text("sync.pane.fields"));
            return;
        }
        var server = SyncLogin.serverUrl(typedUrl);
        if (server.isEmpty()) {
            error.setText(session.text("sync.pane.url.bad", typedUrl));
            return;
        }
        login.setDisable(true);
        login.setText(session.text("sync.pane.logging"));
        java.nio.file.Path setAside = session.databasePath().toAbsolutePath().getParent()
                .resolve("stock-set-aside-" + java.time.LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".csv");
        session.task(() -> session.sync().login(server.get(), name, secret, localStock, setAside))
                .onSuccess(done -> {
                    password.clear();
                    message.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
                    message.getStyleClass().add(Styles.SUCCESS);
                    String text = session.text("sync.pane.login.done", done.link().serverUrl(), done.link().account(), done.pending());
                    if (done.setAside() > 0) text += " " + session.text("sync.pane.set.aside", done.setAside(), done.setAsideFile());
                    message.setText(text);
                    refresh();
                })
                .onError(problem -> {
                    failed(problem);
                    // the household already syncs and this store has stock: the person says what it is
                    if (problem instanceof UserException e && "error.sync.local.stock".equals(e.key())) visible(localChoice, true);
                })
                .andFinally(() -> {
                    login.setDisable(false);
                    login.setText(session.text("sync.pane.login"));
                })
                .runOnce();
    }

    private void logout() {
        error.setText("");
        message.setText("");
        logout.setDisable(true);
        session.task(() -> session.sync().logout())
                .onSuccess(done -> {
                    boolean revoked = done.session() != SyncLogin.Session.NOT_REVOKED;
                    message.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
                    message.getStyleClass().add(revoked ? Styles.SUCCESS : Styles.WARNING);
                    message.setText(revoked ? session.text("sync.pane.logout.done", done.pending())
                            : session.text("sync.pane.logout.notrevoked", done.problem(), done.pending()));
                    refresh();
                })
                .onError(this::failed)
                .andFinally(() -> logout.setDisable(false))
                .runOnce();
    }

    private void failed(Throwable problem) {
        if (problem instanceof UserException e) error.setText(e.localizedMessage(session.messages()));
        else session.showError(problem);
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
