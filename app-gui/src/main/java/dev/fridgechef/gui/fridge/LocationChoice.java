package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Labels;
import dev.fridgechef.inventory.Location;

/** Locations in the person's language (the core's "location.*" texts, lower case in its sentences, capitalised here). */
final class LocationChoice {
    private LocationChoice() {
    }

    static Labels<Location> labels(GuiSession session) {
        return Labels.of(location -> {
            String label = session.text("location." + location.key());
            return label.substring(0, 1).toUpperCase(session.messages().locale()) + label.substring(1);
        });
    }
}
