package dev.fridgechef.gui.plan;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Being written (issue 5); replaced as a whole by the real page. */
public final class PlanView implements View {
    private final Label root;

    public PlanView(GuiSession session) {
        root = new Label(session.text("nav.plan"));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
    }
}
