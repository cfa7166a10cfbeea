package dev.fridgechef.cli.profile;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "show", mixinStandardHelpOptions = true)
public final class ProfileShowCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public ProfileShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var profiles = context.app().profiles();
        var profile = profiles.get();
        new ProfilePrinter(context).print(profile, context.app().health().get(), profile.missingForTargets().isEmpty() ? profiles.targets(profile) : null, json.enabled());
    }
}
