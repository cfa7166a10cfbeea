package dev.fridgechef.gui.common;

import dev.fridgechef.gui.GuiSession;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * OK and Cancel in the person's language. JavaFX's own {@link ButtonType#OK} and {@link ButtonType#CANCEL}
 * take their text from the JVM's locale, so a Russian page showed "OK"/"Cancel" on an English system.
 * Answers are told apart by their {@link ButtonData}.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok(GuiSession session) {
        return ok(session.messages());
    }

    /** OK in the language of {@code messages} (for dialogs shown before a session exists). */
    public static ButtonType ok(dev.fridgechef.i18n.Messages messages) {
        return new ButtonType(messages.get("common.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(GuiSession session) {
        return new ButtonType(session.text("common.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Whether the answer was OK (or another button that goes ahead). */
    public static boolean confirmed(java.util.Optional<ButtonType> answer) {
        return answer.map(b -> b.getButtonData() == ButtonData.OK_DONE).orElse(false);
    }
}
