package dev.fridgechef.gui.main;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

import java.util.Map;

/** One page of the main window. Views are thin: they show what the core services give and call them off the FX thread. */
public interface View {
    Node root();

    /** Reloads what the view shows from the store (on showing it, F5, and when another program changed the store). */
    void refresh();

    /** Shortcuts active while this view is shown. */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }

    /** Stops timers and the like when the view is thrown away (language change, closing). */
    default void dispose() {
    }
}
