package dev.fridgechef.gui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

    /** The same, laid out from the right (actions at the end of a page's header). */
    public static FlowPane rightRow(Node... nodes) {
        FlowPane row = row(nodes);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    /**
     * A page header: the title (and what follows it, such as a count: {@code left} keeps its width) on the left, {@code actions} on
     * the right; when the window is too narrow for both, the actions wrap under each other at the right
     * while the title keeps its whole text.
     */
    public static HBox header(Node left, FlowPane actions) {
        if (left instanceof Region r) whole(r);
        HBox.setHgrow(actions, Priority.ALWAYS);
        actions.setMinWidth(0);
        actions.setPrefWrapLength(0);
        HBox header = new HBox(12, left, actions);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }
}
