package dev.fridgechef.profile;

import org.jdbi.v3.core.Handle;

/**
 * Hears every change of the profile inside the transaction that saves it, so that whatever it writes
 * (sync's outbox) is stored with the change or not at all. The default hears nothing.
 */
public interface ProfileJournal {
    ProfileJournal NONE = new ProfileJournal() {
    };

    /** The stored profile {@code before} (EMPTY when there was none) was saved as {@code after}. */
    default void changed(Handle h, Profile before, Profile after) {
    }
}
