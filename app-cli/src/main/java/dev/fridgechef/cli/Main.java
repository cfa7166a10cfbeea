package dev.fridgechef.cli;

import dev.fridgechef.cli.resident.ResidentClient;
import dev.fridgechef.cli.resident.ResidentSocket;
import dev.fridgechef.config.SystemInfo;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code fridge} command's entry point. It answers {@code --version} by itself, as fast as a JVM
 * starts, since the version needs no command-line model, logging or store. Then it asks the resident
 * process, when one runs, to answer a command that only reads ({@link ResidentClient}); everything else
 * runs here in {@link FridgeCommand}, and after a command that only reads ran here, it starts a resident
 * process in the background. It loads nothing else first: picocli and every command's class stay unloaded
 * until a command here needs them.
 */
public final class Main {
    /** The root's options that take a value: the word after them is not the subcommand's name. */
    static final Set<String> VALUE_OPTIONS = Set.of("--db", "--lang");

    private Main() {
    }

    public static void main(String[] args) {
        if (versionOnly(args)) {
            for (String line : version()) System.out.println(line);
            return;
        }
        Map<String, String> env = System.getenv();
        Optional<ResidentSocket> resident = ResidentSocket.locate(env);
        if (resident.isPresent()) {
            OptionalInt answered = ResidentClient.run(resident.get(), args, env);
            if (answered.isPresent()) System.exit(answered.getAsInt());
        }
        AtomicBoolean readOnly = new AtomicBoolean();
        int code = FridgeCommand.main(args, env, () -> readOnly.set(true));
        if (readOnly.get() && resident.isPresent()) ResidentClient.startInBackground(resident.get(), args);
        System.exit(code);
    }

    /** Whether {@code args} ask only for the version ("--version" or "-V", besides --lang or --db). */
    static boolean versionOnly(String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUE_OPTIONS.contains(a)) i++;
            else if (a.equals("-V") || a.equals("--version")) version = true;
            else if (!a.startsWith("--lang=") && !a.startsWith("--db=")) return false;
        }
        return version;
    }

    /** The version from the jar's manifest (set by the build), or "development" when run from classes, and the Java it runs on. */
    static String[] version() {
        SystemInfo system = SystemInfo.current();
        return new String[] {"Fridge Chef " + appVersion(), "Java " + system.javaVersion() + " (" + system.javaVendor() + ")"};
    }

    static String appVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
