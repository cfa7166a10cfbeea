package dev.fridgechef.gui.sync;

import dev.fridgechef.sync.DriftWarning;

import java.util.List;

/** What a sync tells the person without having failed: items a merge used up (shown as 0) and clocks running ahead. */
public record SyncNotice(List<String> overdrawnItems, List<DriftWarning> drift, List<String> serverWarnings) {
    public boolean isEmpty() {
        return overdrawnItems.isEmpty() && drift.isEmpty() && serverWarnings.isEmpty();
    }
}
