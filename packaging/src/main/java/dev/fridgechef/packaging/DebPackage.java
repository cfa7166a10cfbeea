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
 * The optional embedding model (the app image's lib/app/lib/embeddings, 190 MB of the ONNX runtime and
 * the model) is moved out of it into a second package, fridge-chef-embeddings, that installs the jars
 * in the same folder and depends on this version of fridge-chef.
 */
final class DebPackage {
    static final String EMBEDDINGS_PACKAGE = InstallerBuild.APP_NAME + "-embeddings";

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
        Path embeddings = splitEmbeddings(tree, work.resolve("embeddings-tree"));
        copyTree(documentation, tree);
        Path command = Files.createDirectories(tree.resolve("usr/bin")).resolve(InstallerBuild.CLI_LAUNCHER);
        Files.copy(pathScript, command);
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
        updateInstalledSize(tree);
        Path deb = target.resolve(raw.getFileName());
        Files.deleteIfExists(deb);
        Tools.run(List.of("dpkg-deb", "--root-owner-group", "-Z" + compression, "--build", tree.toString(), deb.toString()), Map.of());
        InstallerBuild.log(".deb in " + deb + " (" + Files.size(deb) / (1024 * 1024) + " MB, " + compression + ")");
        Path embeddingsDeb = target.resolve(EMBEDDINGS_PACKAGE + "_" + version + "_" + architecture() + ".deb");
        Files.deleteIfExists(embeddingsDeb);
        Tools.run(List.of("dpkg-deb", "--root-owner-group", "-Z" + compression, "--build", embeddings.toString(), embeddingsDeb.toString()),
                Map.of());
        InstallerBuild.log("optional .deb in " + embeddingsDeb + " (" + Files.size(embeddingsDeb) / (1024 * 1024) + " MB)");
        InstallerBuild.deleteTree(work);
        return deb;
    }

    /**
     * Moves the embeddings folder of the app's tree into a tree of its own with its control file: the
     * same path under /opt, a package of the app's version and architecture that needs exactly that version.
     */
    private Path splitEmbeddings(Path tree, Path embeddingsTree) throws IOException {
        Path folder = Path.of("opt", InstallerBuild.APP_NAME, "lib/app/lib", InstallerBuild.EMBEDDINGS);
        Path moved = embeddingsTree.resolve(folder);
        Files.createDirectories(moved.getParent());
        Files.move(tree.resolve(folder), moved);
        String appControl = Files.readString(tree.resolve("DEBIAN/control"));
        Path control = Files.createDirectories(embeddingsTree.resolve("DEBIAN")).resolve("control");
        Files.writeString(control, String.join("\n",
                "Package: " + EMBEDDINGS_PACKAGE,
                "Version: " + field(appControl, "Version"),
                "Section: utils",
                "Priority: optional",
                "Architecture: " + field(appControl, "Architecture"),
                "Maintainer: " + field(appControl, "Maintainer"),
                "Installed-Size: 0",
                "Depends: " + InstallerBuild.APP_NAME + " (= " + field(appControl, "Version") + ")",
                "Description: Fridge Chef's sentence embedding model (optional)",
                " all-MiniLM-L6-v2 on the ONNX runtime, for Fridge Chef: with it, a chat question or a plan",
                " wish asked again in other words is answered from what was asked before; without it, only",
                " one worded the same is.",
                ""));
        updateInstalledSize(embeddingsTree);
        return embeddingsTree;
    }

    private static String field(String control, String name) {
        return control.lines().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2).strip()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in the control file jpackage wrote"));
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
