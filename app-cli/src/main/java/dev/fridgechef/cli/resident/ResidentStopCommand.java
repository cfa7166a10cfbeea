package dev.fridgechef.cli.resident;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.Optional;

/** {@code fridge resident stop}: ends the resident process now (the next read-only command starts another unless switched off). */
@Command(name = "stop", mixinStandardHelpOptions = true)
public final class ResidentStopCommand implements Runnable {
    private final CliContext context;

    public ResidentStopCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Optional<ResidentSocket> socket = ResidentSocket.locate(context.env());
        Optional<Map<String, String>> running = socket.flatMap(ResidentStatusCommand::status);
        if (running.isEmpty()) {
            context.out().println(context.text("cli.resident.none"));
            return;
        }
        ResidentClient.ask(socket.get(), Wire.Request.control(Wire.STOP));
        context.out().println(context.text("cli.resident.stopped", running.get().get("pid"), ResidentSocket.SWITCH));
    }
}
