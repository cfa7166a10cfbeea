package dev.fridgechef.gui.common;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ImportException;
import dev.fridgechef.inventory.RowProblem;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Error dialogs that say what happened and what to do. A problem with what the person asked for
 * (a {@link UserException}) is a warning in their words; anything else is a bug report with the
 * details folded away and the reassurance that nothing was half-written (every write is one
 * transaction).
 */
public final class ErrorDialogs {
    private ErrorDialogs() {
    }

    public static void show(Window owner, Messages messages, Throwable error) {
        Throwable cause = unwrap(error);
        Alert alert = build(messages, cause);
        if (owner != null) alert.initOwner(owner);
        alert.show();
    }

    /** The dialog for an error, not yet shown (tests read it). */
    public static Alert build(Messages messages, Throwable error) {
        Throwable cause = unwrap(error);
        cause = dev.fridgechef.store.StoreErrors.translate(cause).<Throwable>map(u -> u).orElse(cause);
        if (cause instanceof UserException ue) {
            Alert alert = new Alert(Alert.AlertType.WARNING, "", DialogButtons.ok(messages));
            alert.setTitle(messages.get("gui.error.title"));
            alert.setHeaderText(ue.localizedMessage(messages));
            alert.setContentText(cause instanceof ImportException ie ? rows(messages, ie) : messages.get("gui.error.fix"));
            return alert;
        }
        LoggerFactory.getLogger(ErrorDialogs.class).error("unexpected error", cause);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", DialogButtons.ok(messages));
        alert.setTitle(messages.get("gui.error.title"));
        alert.setHeaderText(messages.get("gui.error.internal"));
        alert.setContentText(messages.format("gui.error.internal.hint", String.valueOf(cause.getMessage())));
        TextArea details = new TextArea(stackTrace(cause));
        details.setEditable(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        return alert;
    }

    private static String rows(Messages messages, ImportException e) {
        StringBuilder text = new StringBuilder(messages.get("gui.error.import.none"));
        int shown = 0;
        for (RowProblem p : e.problems()) {
            if (shown++ == 12) {
                text.append("\n…");
                break;
            }
            text.append('\n').append(messages.format("gui.error.import.line", p.line(), p.problem().localizedMessage(messages)));
        }
        return text.toString();
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        return t;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
