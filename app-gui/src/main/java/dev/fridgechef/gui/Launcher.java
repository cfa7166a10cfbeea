package dev.fridgechef.gui;

import javafx.application.Application;

/**
 * The jar's main class. JavaFX refuses to start an {@link Application} subclass as the main class
 * from the class path, so this plain class starts it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(FridgeChefApp.class, args);
    }
}
