package dev.fridgechef.gui.sync;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The sync state at the bottom of the side bar, shown only while the store is linked: "Synced 12:04",
 * "Pending 3", "Offline — will retry", an error with what to do, or "Log in again". A click syncs now,
 * or opens Settings when a login is needed.
 */
public final class SyncIndicator {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final GuiSession session;
    private final Button button = new Button();
    private final Label detail = new Label();
    private final VBox root = new VBox(2, button, detail);
    private final ChangeListener<SyncStatus> listener = (obs, old, now) -> show(now);

    public SyncIndicator(GuiSession session, Runnable openSettings) {
        this.session = session;
        button.setId("sync-indicator");
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "sync-indicator");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setWrapText(true);
        button.setOnAction(e -> {
            if (session.sync().status().get().kind() == SyncStatus.Kind.LOGIN) openSettings.run();
            else session.sync().syncNow();
        });
        detail.setId("sync-detail");
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detail.setWrapText(true);
        detail.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        root.getStyleClass().add("sync-status");
        session.sync().status().addListener(listener);
        show(session.sync().status().get());
    }

    public Node node() {
        return root;
    }

    /** Stops following the controller (the side bar is made again on a change of language). */
    public void dispose() {
        session.sync().status().removeListener(listener);
    }

    private void show(SyncStatus s) {
        root.setVisible(s.linked());
        root.setManaged(s.linked());
        if (!s.linked()) return;
        button.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        String text;
        String more;
        Feather icon;
        switch (s.kind()) {
            case SYNCED -> {
                text = s.lastSync() == null ? session.text("sync.indicator.synced.never") : session.text("sync.indicator.synced", time(s));
                more = session.text("sync.detail.synced");
                icon = Feather.CHECK_CIRCLE;
                button.getStyleClass().add(Styles.SUCCESS);
            }
            case PENDING -> {
                text = session.text("sync.indicator.pending", s.pending());
                more = session.text("sync.detail.pending", s.pending());
                icon = Feather.UPLOAD_CLOUD;
            }
            case OFFLINE -> {
                text = session.text("sync.indicator.offline");
                more = session.text("sync.detail.offline", s.problem(), s.pending());
                icon = Feather.CLOUD_OFF;
                button.getStyleClass().add(Styles.WARNING);
            }
            case LOGIN -> {
                text = session.text("sync.indicator.login");
                more = session.text("sync.detail.login", s.pending());
                icon = Feather.LOG_IN;
                button.getStyleClass().add(Styles.WARNING);
            }
            default -> {
                text = session.text("sync.indicator.error");
                more = session.text("sync.detail.error", s.problem(), s.pending());
                icon = Feather.ALERT_TRIANGLE;
                button.getStyleClass().add(Styles.DANGER);
            }
        }
        if (s.running()) {
            text = session.text("sync.indicator.running");
            icon = Feather.REFRESH_CW;
        }
        button.setText(text);
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(more));
        // the side bar is narrow: an error shows what to do there, the details are in the tooltip
        detail.setText(switch (s.kind()) {
            case ERROR -> session.text("sync.detail.error.short", shorten(s.problem()));
            case OFFLINE, LOGIN -> s.pending() > 0 ? session.text("sync.pane.pending") + ": " + s.pending() : "";
            default -> "";
        });
        detail.setVisible(!detail.getText().isEmpty());
        detail.setManaged(!detail.getText().isEmpty());
    }

    private static String shorten(String problem) {
        if (problem == null) return "";
        return problem.length() <= 90 ? problem : problem.substring(0, 89) + "…";
    }

    private String time(SyncStatus s) {
        var at = s.lastSync().atZone(ZoneId.systemDefault());
        boolean today = at.toLocalDate().equals(java.time.LocalDate.now(ZoneId.systemDefault()));
        return (today ? TIME : DAY_TIME.withLocale(session.messages().locale())).format(at);
    }
}
