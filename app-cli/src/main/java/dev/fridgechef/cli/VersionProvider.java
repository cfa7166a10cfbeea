package dev.fridgechef.cli;

import picocli.CommandLine;

/** The version for picocli's -V/--version of every subcommand: the same text {@link Main} prints. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return Main.version();
    }
}
