package dev.fridgechef.packaging;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The .deb: jpackage makes it from the app image (files under /opt/fridge-chef, the desktop entry and
 * icon registered by its maintainer scripts, the dependencies on system libraries worked out from
 * the runtime), uncompressed; it is then unpacked and built again with what jpackage cannot place
 * outside its folder: the man pages and the completion script under /usr/share and /usr/bin/fridge
 * (a script that starts the CLI in a UTF-8 locale), so that dpkg owns them and removes them with the package.
 */
final class DebPackage {
    private final Path target;
    private final String version;
    private final Path icon;
    private final Path pathScript;
    private final String compression;

    DebPackage(Path target, String version, Path icon, Path pathScript, String compression) {
        this.target = target;
        this.version = version;
        this.icon = icon;
        this.pathScript = pathScript;
        this.compression = compression;
    }

    Path build(Path appImage, Path documentation) throws IOException, InterruptedException {
        Path work = target.resolve("deb-work");
        InstallerBuild.deleteTree(work);
        Path jpackaged = work.resolve("jpackage");
        // the payload is compressed once, at the end; jpackage's dpkg-deb takes the setting from the environment
        Tools.run(List.of(Tools.jdkCommand("jpackage"), "--type", "deb", "--app-image", appImage.toString(),
                "--name", InstallerBuild.APP_NAME, "--app-version", version,
                "--description", "Meal planning from what is in your fridge", "--vendor", "Fridge Chef",
                "--linux-package-name", InstallerBuild.APP_NAME, "--linux-shortcut", "--linux-menu-group", "Utility",
                "--linux-app-category", "utils", "--icon", icon.toString(),
                // JavaFX's native libraries come inside its jars, where jpackage does not look for what they link to
                "--linux-package-deps", "libgtk-3-0",
                "--dest", jpackaged.toString()),
                Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"));
        Path raw = jpackaged.resolve(InstallerBuild.APP_NAME + "_" + version + "_" + architecture() + ".deb");
        Path tree = work.resolve("tree");
        Tools.run(List.of("dpkg-deb", "--raw-extract", raw.toString(), tree.toString()), Map.of());
        copyTree(documentation, tree);
        Path command = Files.createDirectories(tree.resolve("usr/bin")).resolve(InstallerBuild.CLI_LAUNCHER);
        Files.copy(pathScript, command);
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
        updateInstalledSize(tree);
        Path deb = target.resolve(raw.getFileName());
        Files.deleteIfExists(deb);
        Tools.run(List.of("dpkg-deb", "--root-owner-group", "-Z" + compression, "--build", tree.toString(), deb.toString()), Map.of());
        InstallerBuild.deleteTree(work);
        InstallerBuild.log(".deb in " + deb + " (" + Files.size(deb) / (1024 * 1024) + " MB, " + compression + ")");
        return deb;
    }

    static String architecture() throws IOException, InterruptedException {
        return Tools.run(List.of("dpkg", "--print-architecture"), Map.of()).strip();
    }

    /** Installed-Size in the control file, in KiB, with the files added here counted. */
    private static void updateInstalledSize(Path tree) throws IOException {
        AtomicLong bytes = new AtomicLong();
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(tree.resolve("DEBIAN")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                bytes.addAndGet(attrs.size());
                return FileVisitResult.CONTINUE;
            }
        });
        Path control = tree.resolve("DEBIAN/control");
        String updated = Files.readString(control).replaceFirst("(?m)^Installed-Size:.*$", "Installed-Size: " + (bytes.get() + 1023) / 1024);
        Files.writeString(control, updated);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(dest);
                else Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
