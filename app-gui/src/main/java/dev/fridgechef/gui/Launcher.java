package dev.fridgechef.gui;

import javafx.application.Application;

/**
 * The jar's main class. JavaFX refuses to start an {@link Application} subclass as the main class
 * from the class path, so this plain class starts it, after beginning to open the store and the food
 * table ({@link AppOpening}) so that they load while JavaFX starts.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppOpening.begin(java.util.List.of(args), System.getenv());
        Application.launch(FridgeChefApp.class, args);
    }
}
