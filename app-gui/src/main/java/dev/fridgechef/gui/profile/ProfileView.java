package dev.fridgechef.gui.profile;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Being written (issue 5); replaced as a whole by the real page. */
public final class ProfileView implements View {
    private final Label root;

    public ProfileView(GuiSession session) {
        root = new Label(session.text("nav.profile"));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
    }
}
