package dev.fridgechef.cli.admin;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

/**
 * {@code fridge admin}: runs a Fridge Chef server through its admin API, over HTTP with an admin's
 * login, so the server's own checks (role, input limits) apply and no database password leaves it.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        subcommands = {AdminUsersCommand.class, AdminGrantCommand.class, AdminGenerationsCommand.class, AdminCostsCommand.class})
public final class AdminCommand extends GroupCommand {
    public AdminCommand(CliContext context) {
        super(context);
    }
}
