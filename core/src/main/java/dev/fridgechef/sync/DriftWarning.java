package dev.fridgechef.sync;

import java.time.Duration;

/** A device whose clock runs ahead of this one's by more than {@link HlcClock#DRIFT_LIMIT}: told, never refused. */
public record DriftWarning(String deviceId, Hlc remote, Duration ahead) {
    public String message() {
        return "the clock of device " + deviceId + " is " + ahead.toMinutes() + " min ahead of this one";
    }
}
