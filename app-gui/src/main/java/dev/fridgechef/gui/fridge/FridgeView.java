package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Being written (issue 5); replaced as a whole by the real page. */
public final class FridgeView implements View {
    private final Label root;

    public FridgeView(GuiSession session) {
        root = new Label(session.text("nav.fridge"));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
    }
}
