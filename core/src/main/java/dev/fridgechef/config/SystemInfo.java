package dev.fridgechef.config;

/** The Java and the operating system Fridge Chef runs on, as a bug report wants them. */
public record SystemInfo(String javaVersion, String javaVendor, String os) {
    public static SystemInfo current() {
        return new SystemInfo(System.getProperty("java.version", "?"), System.getProperty("java.vendor", "?"),
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " (" + System.getProperty("os.arch", "?") + ")");
    }
}
