package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.http.SyncLogin;
import dev.fridgechef.sync.store.SyncStore;

import java.time.Duration;
import java.util.Optional;

/** What the sync commands share: the login file in the config folder, the time-out, the device name. */
final class SyncSupport {
    static final String PASSWORD_VARIABLE = "FRIDGECHEF_SYNC_PASSWORD";
    static final String TIMEOUT_VARIABLE = "FRIDGECHEF_SYNC_TIMEOUT";
    static final String DEVICE_NAME = "fridge CLI";

    private SyncSupport() {
    }

    /** A moment as people read it: 2026-12-01 03:19:10 (UTC, to the second). */
    static String time(java.time.Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
    }

    static SyncCredentials credentials(CliContext context) {
        return new SyncCredentials(context.configFolder());
    }

    /** The call time-out: FRIDGECHEF_SYNC_TIMEOUT seconds, 30 by default. */
    static Duration timeout(CliContext context) {
        String text = context.env().get(TIMEOUT_VARIABLE);
        if (text != null && text.strip().matches("\\d{1,4}") && Integer.parseInt(text.strip()) > 0) {
            return Duration.ofSeconds(Integer.parseInt(text.strip()));
        }
        return HttpSyncTransport.DEFAULT_TIMEOUT;
    }

    static SyncLogin service(CliContext context) {
        return new SyncLogin(context.app().sync(), credentials(context), DEVICE_NAME, timeout(context));
    }

    static SyncStore.Link link(CliContext context) {
        return context.app().sync().link().orElseThrow(() -> new UserException("error.sync.not.linked"));
    }

    /** The login for this store's device, if it is still valid. */
    static Optional<SyncCredentials.Login> login(CliContext context, SyncStore.Link link) {
        return credentials(context).load(link.deviceId().toString()).filter(SyncCredentials.Login::loggedIn);
    }
}
