package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.sync.store.SyncStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code fridge sync status}: server, account, device, unsent operations and the last sync; no network call. */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class SyncStatusCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public SyncStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        SyncStore sync = context.app().sync();
        Optional<SyncStore.Link> link = sync.link();
        int pending = sync.pending();
        boolean loggedIn = link.isPresent() && SyncSupport.login(context, link.get()).isPresent();
        if (json.enabled()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("linked", link.isPresent());
            out.put("server", link.map(SyncStore.Link::serverUrl).orElse(null));
            out.put("account", link.map(SyncStore.Link::account).orElse(null));
            out.put("device_id", link.map(l -> l.deviceId().toString()).orElse(null));
            out.put("logged_in", loggedIn);
            out.put("pending", pending);
            out.put("cursor", link.map(SyncStore.Link::cursor).orElse(0L));
            out.put("last_sync_at", link.map(SyncStore.Link::lastSyncAt).map(Object::toString).orElse(null));
            out.put("last_result", link.map(SyncStore.Link::lastResult).orElse(null));
            context.printJson(out);
            return;
        }
        if (link.isEmpty()) {
            context.out().println(context.text("cli.sync.status.unlinked"));
            return;
        }
        SyncStore.Link l = link.get();
        context.out().println(context.text("cli.sync.status.server", l.serverUrl(), l.account(),
                context.text(loggedIn ? "cli.sync.status.in" : "cli.sync.status.out")));
        context.out().println(context.text("cli.sync.status.device", l.deviceId()));
        context.out().println(context.text("cli.sync.status.pending", pending));
        context.out().println(l.lastSyncAt() == null ? context.text("cli.sync.status.never")
                : context.text("cli.sync.status.last", SyncSupport.time(l.lastSyncAt()), l.lastResult()));
    }
}
