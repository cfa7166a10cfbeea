package dev.fridgechef.cli;

import picocli.CommandLine.Option;

/** The --json switch shared by every command that prints data. */
public final class JsonOption {
    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    public boolean enabled() {
        return json;
    }
}
