package dev.fridgechef.gui.profile;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.profile.Profile;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The profile page: the form on the left, the daily targets and their working on the right,
 * recomputed as the person types (pure arithmetic, no store). Save writes the whole form in one
 * transaction through the core, which validates it again.
 */
public final class ProfileView implements View {
    private final GuiSession session;
    private final ProfileForm form;
    private final TargetsPanel targets;
    private final Button save = new Button();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private final SimpleBooleanProperty saving = new SimpleBooleanProperty();
    /** Set while the person has edits not saved yet, so a refresh never throws them away. */
    private boolean dirty;
    private boolean filling;

    public ProfileView(GuiSession session) {
        this.session = session;
        this.form = new ProfileForm(session, session.app().profiles().currentYear());
        this.targets = new TargetsPanel(session);

        Label title = new Label(session.text("nav.profile"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(session.text("profileview.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox header = new VBox(2, title, hint);
        header.setPadding(new Insets(0, 0, 12, 0));

        save.setText(session.text("common.save"));
        save.setId("profile-save");
        save.setGraphic(new FontIcon(Feather.CHECK));
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        BooleanBinding valid = form.valid();
        save.disableProperty().bind(valid.not().or(saving));
        save.setOnAction(e -> save());
        status.setId("profile-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(12, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(16, 0, 0, 146));

        VBox left = new VBox(form.node(), actions);
        left.setPadding(new Insets(0, 16, 0, 0));
        // side by side when the window is wide enough, the targets under the form when it is not
        javafx.scene.layout.FlowPane columns = new javafx.scene.layout.FlowPane(24, 24, left, targets.node());
        columns.setAlignment(Pos.TOP_LEFT);
        columns.setRowValignment(javafx.geometry.VPos.TOP);
        targets.node().setMaxWidth(560);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setTop(header);
        root.setCenter(scroll);

        form.onChange(this::changed);
        show(Profile.EMPTY);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        if (dirty || saving.get()) return;
        session.task(() -> session.app().profiles().get()).onSuccess(p -> {
            if (!dirty) show(p);
        }).runOnce();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!save.isDisabled()) save();
        });
    }

    private void changed() {
        if (!filling) {
            dirty = true;
            status.setText(session.text("profileview.status.unsaved"));
        }
        recompute();
    }

    private void recompute() {
        if (!form.valid().get()) {
            targets.showNothing(session.text("profileview.targets.invalid"));
            return;
        }
        Profile draft = form.draft();
        if (!draft.missingForTargets().isEmpty()) {
            String missing = draft.missingForTargets().stream().map(f -> session.text("field." + f)).collect(Collectors.joining(", "));
            targets.showNothing(session.text("profileview.targets.missing", missing));
            return;
        }
        targets.show(draft, session.app().profiles().targets(draft));
    }

    private void save() {
        if (!form.valid().get()) {
            status.setText(session.text("profileview.status.invalid"));
            return;
        }
        var update = form.update();
        saving.set(true);
        status.setText(session.text("profileview.status.saving"));
        session.task(() -> session.app().profiles().update(update))
                .onSuccess(saved -> {
                    dirty = false;
                    show(saved);
                    status.setText(session.text("profileview.status.saved"));
                })
                .onError(error -> {
                    status.setText(session.text("profileview.status.failed"));
                    session.showError(error);
                })
                .andFinally(() -> saving.set(false))
                .runOnce();
    }

    private void show(Profile p) {
        filling = true;
        try {
            form.fill(p);
        } finally {
            filling = false;
        }
        recompute();
    }
}
