package dev.fridgechef.gui.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * A page header: one node on the left (the title) and actions on the right, all on one line when the
 * width allows; otherwise the actions wrap onto more lines in the space right of the title, each line
 * aligned right. Unlike an HBox holding a FlowPane, its preferred height follows the width it is given.
 */
public final class HeaderPane extends Region {
    private final Node left;
    private final List<Node> actions;
    private final double gap;

    public HeaderPane(Node left, List<? extends Node> actions, double gap) {
        this.left = left;
        this.actions = List.copyOf(actions);
        this.gap = gap;
        getChildren().add(left);
        getChildren().addAll(this.actions);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node a : actions) widest = Math.max(widest, a.prefWidth(-1));
        return getInsets().getLeft() + left.prefWidth(-1) + gap + widest + getInsets().getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        for (Node a : actions) sum += a.prefWidth(-1) + gap;
        return getInsets().getLeft() + left.prefWidth(-1) + sum + getInsets().getRight();
    }

    /** Never shorter than its lines: a page too tall for the window shrinks its table, not its header. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - getInsets().getLeft() - getInsets().getRight() : width - getInsets().getLeft() - getInsets().getRight();
        double rows = 0;
        for (List<Node> row : rows(inner)) rows += rowHeight(row) + (rows > 0 ? gap : 0);
        return getInsets().getTop() + Math.max(left.prefHeight(-1), rows) + getInsets().getBottom();
    }

    @Override
    protected void layoutChildren() {
        double x0 = getInsets().getLeft();
        double y = getInsets().getTop();
        double inner = getWidth() - x0 - getInsets().getRight();
        List<List<Node>> rows = rows(inner);
        double firstRow = rows.isEmpty() ? left.prefHeight(-1) : rowHeight(rows.get(0));
        double leftHeight = left.prefHeight(-1);
        left.resizeRelocate(x0, y + Math.max(0, (firstRow - leftHeight) / 2), left.prefWidth(-1), leftHeight);
        double right = x0 + inner;
        for (List<Node> row : rows) {
            double h = rowHeight(row);
            double x = right;
            for (int i = row.size() - 1; i >= 0; i--) {
                Node a = row.get(i);
                double w = a.prefWidth(-1);
                x -= w;
                double ah = a.prefHeight(w);
                a.resizeRelocate(x, y + (h - ah) / 2, w, ah);
                x -= gap;
            }
            y += h + gap;
        }
    }

    /** The actions by line in the space right of the left node. */
    private List<List<Node>> rows(double inner) {
        double room = Math.max(0, inner - left.prefWidth(-1) - gap);
        List<List<Node>> rows = new ArrayList<>();
        List<Node> row = new ArrayList<>();
        double used = 0;
        for (Node a : actions) {
            if (!a.isManaged()) continue;
            double w = a.prefWidth(-1);
            if (!row.isEmpty() && used + gap + w > room) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : gap) + w;
            row.add(a);
        }
        if (!row.isEmpty()) rows.add(row);
        return rows;
    }

    private static double rowHeight(List<Node> row) {
        double h = 0;
        for (Node a : row) h = Math.max(h, a.prefHeight(-1));
        return h;
    }
}
