package dev.fridgechef.cli;

import dev.fridgechef.config.SystemInfo;
import picocli.CommandLine;

/** The version from the jar's manifest (set by the build), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        SystemInfo system = SystemInfo.current();
        return new String[] {"Fridge Chef " + appVersion(), "Java " + system.javaVersion() + " (" + system.javaVendor() + ")"};
    }

    static String appVersion() {
        String v = FridgeCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
