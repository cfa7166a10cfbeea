package dev.fridgechef.cli;

import dev.fridgechef.doctor.Checkup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code fridge doctor}: what to paste into a bug report. Exit code 1 when the store or the AI settings are broken. */
@Command(name = "doctor", mixinStandardHelpOptions = true)
public final class DoctorCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public DoctorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Checkup.Report report = Checkup.examine(Main.appVersion(), context.folders(), context.databasePath());
        if (json.enabled()) context.printJson(report);
        else print(report, context.out());
        return report.healthy() ? 0 : 1;
    }

    private void print(Checkup.Report r, PrintWriter out) {
        out.println(context.text("cli.doctor.version", r.appVersion()));
        out.println(context.text("cli.doctor.java", r.system().javaVersion(), r.system().javaVendor(), r.system().os()));
        Checkup.StoreHealth s = r.store();
        out.println(context.text("cli.doctor.store", s.file()));
        if (!s.exists()) out.println("  " + context.text("cli.doctor.store.missing"));
        if (s.sizeBytes() != null) out.println("  " + context.text("cli.doctor.store.size", s.sizeBytes()));
        if (s.opens()) {
            out.println("  " + context.text("cli.doctor.store.ok", s.schemaVersion()));
            out.println("  " + context.text("cli.doctor.store.rows", s.rows().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
        if (s.problem() != null) out.println("  " + context.text("cli.doctor.store.broken", s.problem()));
        out.println("  " + (s.newestBackup() == null ? context.text("cli.doctor.store.nobackup")
                : context.text("cli.doctor.store.backups", s.backups(), s.newestBackup())));
        out.println(context.text("cli.doctor.config", r.config().folder()));
        out.println("  " + r.config().present().entrySet().stream()
                .map(e -> e.getKey() + ": " + context.text(e.getValue() ? "cli.doctor.present" : "cli.doctor.absent"))
                .collect(Collectors.joining(", ")));
        if (r.providers().problem() != null) {
            out.println(context.text("cli.doctor.providers.broken", r.providers().problem()));
        } else if (r.providers().configured().isEmpty()) {
            out.println(context.text("cli.doctor.providers", context.text("cli.doctor.providers.none")));
        } else {
            out.println(context.text("cli.doctor.providers", "").strip());
            for (Checkup.Provider p : r.providers().configured()) {
                out.println("  " + context.text("cli.doctor.provider", p.name(), p.kind(), p.model(),
                        context.text(p.keyPresent() ? "cli.doctor.present" : "cli.doctor.absent")));
            }
        }
        out.println(r.logFile() == null ? context.text("cli.doctor.log.none") : context.text("cli.doctor.log", r.logFile()));
    }
}
