package dev.fridgechef.cli.resident;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code fridge resident status}: whether a resident process answers read-only commands, and how it is doing. */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class ResidentStatusCommand implements Runnable {
    private final CliContext context;

    public ResidentStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Optional<ResidentSocket> socket = ResidentSocket.locate(context.env());
        if (socket.isEmpty()) {
            context.out().println(context.text("cli.resident.off", ResidentSocket.SWITCH));
            return;
        }
        Optional<Map<String, String>> status = status(socket.get());
        if (status.isEmpty()) {
            context.out().println(context.text("cli.resident.none"));
            return;
        }
        Map<String, String> s = status.get();
        String since = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(context.clock().getZone()).format(Instant.parse(s.get("started")));
        if (!Boolean.parseBoolean(s.get("warm"))) since = context.text("cli.resident.warming", since);
        context.out().println(context.text("cli.resident.running", s.get("pid"), since, Long.parseLong(s.get("commands")),
                Long.parseLong(s.get("idle-seconds")), Long.parseLong(s.get("ends-after-idle-minutes")), Long.parseLong(s.get("heap-used-mb")),
                socket.get().path()));
    }

    /** The resident process's own account ("pid", "started", "commands", ...), when one answers. */
    static Optional<Map<String, String>> status(ResidentSocket socket) {
        return ResidentClient.ask(socket, Wire.Request.control(Wire.STATUS)).map(answer -> {
            Map<String, String> fields = new HashMap<>();
            for (String line : new String(answer.out(), StandardCharsets.UTF_8).split("\n")) {
                int space = line.indexOf(' ');
                if (space > 0) fields.put(line.substring(0, space), line.substring(space + 1));
            }
            return fields;
        });
    }
}
