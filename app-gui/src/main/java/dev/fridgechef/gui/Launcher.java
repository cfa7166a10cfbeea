package dev.fridgechef.gui;

import javafx.application.Application;

import java.util.logging.Logger;

/**
 * The jar's main class. JavaFX refuses to start an {@link Application} subclass as the main class
 * from the class path, so this plain class starts it, after beginning to open the store and the food
 * table ({@link AppOpening}) so that they load while JavaFX starts.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * JavaFX's own logger, kept here so that its filter stays (a logger nobody refers to may be collected).
     * JavaFX warns at every start that it was loaded from the class path rather than as modules; the app is
     * built and tested that way, so the warning says nothing to the person who started it.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    public static void main(String[] args) {
        quietJavaFxClassPathWarning();
        AppOpening.begin(java.util.List.of(args), System.getenv());
        Application.launch(FridgeChefApp.class, args);
    }

    static void quietJavaFxClassPathWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
