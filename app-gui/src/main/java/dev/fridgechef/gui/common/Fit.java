package dev.fridgechef.gui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Layouts that fit any window from 960×640 up in either language: buttons, check boxes and short
 * labels keep the width their text needs (never "Сохр…"), and rows of them wrap onto a second line
 * instead of squeezing.
 */
public final class Fit {
    public static final double GAP = 8;

    private Fit() {
    }

    /** {@code node} never narrower than its text (and icon) needs. */
    public static <T extends Region> T whole(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    /** A row of controls that wraps onto more lines when the window is narrow; every labelled control keeps its text whole. */
    public static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(GAP, GAP, nodes);
        row.setPrefWrapLength(Double.MAX_VALUE / 4); // as wide as its content on one line, unless its parent makes it narrower
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        for (Node n : nodes) if (n instanceof Labeled l) whole(l);
        return row;
    }

    /**
     * A page header: the title (and what follows it, such as a count) on the left keeping its width,
     * {@code actions} on the right; when the window is too narrow for both, the actions wrap onto more
     * lines at the right ({@link HeaderPane}).
     */
    public static HeaderPane header(Node left, Node... actions) {
        if (left instanceof Region r) whole(r);
        for (Node n : actions) if (n instanceof Region r) whole(r);
        return new HeaderPane(left, java.util.List.of(actions), 12);
    }
}
