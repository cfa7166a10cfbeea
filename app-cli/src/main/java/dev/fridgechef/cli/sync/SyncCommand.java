package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.sync.DriftWarning;
import dev.fridgechef.sync.SyncResult;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.SyncStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code fridge sync}: push this device's changes, then pull the household's. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        subcommands = {SyncLoginCommand.class, SyncStatusCommand.class, SyncLogoutCommand.class})
public final class SyncCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SyncStore sync = context.app().sync();
        SyncStore.Link link = SyncSupport.link(context);
        if (SyncSupport.login(context, link).isEmpty()) {
            int pending = sync.pending();
            context.err().println(context.text("cli.sync.login.again", link.serverUrl(), link.account(), pending));
            return CommandLine.ExitCode.SOFTWARE;
        }
        HttpSyncTransport transport = new HttpSyncTransport(link.serverUrl(), SyncSupport.credentials(context), link.deviceId(),
                SyncSupport.DEVICE_NAME, SyncSupport.timeout(context));
        DeviceSync.Report report = new DeviceSync(sync, transport).sync();
        SyncResult r = report.result();
        List<String> warnings = new ArrayList<>(transport.serverWarnings());
        for (DriftWarning w : r.driftWarnings()) warnings.add(w.message());
        if (json.enabled()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", switch (r.status()) {
                case SyncResult.Synced s -> "synced";
                case SyncResult.Pending p -> "pending";
                case SyncResult.Failed f -> "failed";
            });
            out.put("pushed", r.pushed());
            out.put("pulled", r.pulled());
            out.put("items_changed", report.itemsChanged());
            out.put("diary_entries_changed", report.diaryEntriesChanged());
            out.put("profile_fields_changed", report.profileFieldsChanged());
            out.put("overdrawn", r.overdrawnItems());
            out.put("clock_warnings", warnings);
            out.put("pending", sync.pending());
            if (r.status() instanceof SyncResult.Failed f) out.put("error", f.message());
            context.printJson(out);
        } else {
            context.out().println(context.text("cli.sync.counts", r.pushed(), r.pulled(), report.itemsChanged(), report.diaryEntriesChanged(),
                    report.profileFieldsChanged()));
            for (String item : r.overdrawnItems()) context.out().println(context.text("cli.sync.overdrawn", item));
            for (String w : warnings) context.out().println(context.text("cli.sync.clock", w));
        }
        return switch (r.status()) {
            case SyncResult.Synced s -> {
                if (!json.enabled()) context.out().println(context.text("cli.sync.done"));
                yield CommandLine.ExitCode.OK;
            }
            case SyncResult.Pending p -> {
                if (!json.enabled()) context.out().println(context.text("cli.sync.pending", p.ops(), p.why()));
                yield CommandLine.ExitCode.OK;
            }
            case SyncResult.Failed f -> {
                boolean login = SyncSupport.login(context, link).isEmpty();
                context.err().println(login ? context.text("cli.sync.login.again", link.serverUrl(), link.account(), f.pendingOps())
                        : context.text("cli.sync.failed", f.message(), f.pendingOps()));
                yield CommandLine.ExitCode.SOFTWARE;
            }
        };
    }
}
