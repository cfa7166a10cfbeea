package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} of the admin reports, and the period line the server's answer starts with. */
public final class AdminPeriod {
    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "admin.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "admin.to")
    String to;

    /** {@code ?from=&to=} of the bounds given (either may be absent). */
    String query() {
        return AdminClient.period(from, to);
    }

    /** Prints the period the server reported on (its {@code from} and {@code to}). */
    void print(CliContext context, JsonNode report) {
        context.out().println(context.text("cli.admin.period", AdminClient.seconds(report.path("from").asText()),
                AdminClient.seconds(report.path("to").asText())));
    }
}
