package dev.fridgechef.cli.admin;

import picocli.CommandLine.Option;

/** Which server and which admin: {@code --server} (or FRIDGECHEF_SERVER), {@code --user} (or FRIDGECHEF_ADMIN_USER). */
public final class AdminLogin {
    static final String DEFAULT_SERVER = "http://127.0.0.1:8787";

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "admin.server")
    String server;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "admin.user")
    String user;
}
