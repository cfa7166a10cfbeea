package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.inventory.Location;
import javafx.util.StringConverter;

/** Shows locations in the person's language (the core's "location.*" texts). */
final class LocationChoice extends StringConverter<Location> {
    private final GuiSession session;

    LocationChoice(GuiSession session) {
        this.session = session;
    }

    @Override
    public String toString(Location location) {
        if (location == null) return "";
        String label = session.text("location." + location.key()); // lower case in the core's sentences
        return label.substring(0, 1).toUpperCase(session.messages().locale()) + label.substring(1);
    }

    @Override
    public Location fromString(String text) {
        return Location.parse(text);
    }
}
