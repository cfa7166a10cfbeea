package dev.fridgechef.packaging;

import dev.fridgechef.cli.CommandModel;
import picocli.AutoComplete;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the installable app from the jars Maven gathered in {@code target/app-input}: the man pages
 * and the completion script from the CLI's model, a runtime with jlink, an app image with jpackage
 * (the desktop app as its main launcher, {@code fridge} as the second) and, where dpkg-deb and
 * fakeroot exist, a .deb ({@link DebPackage}). Run by the packaging module's build with the JDK its
 * toolchain chose, whose jlink and jpackage it uses.
 *
 * <p>Arguments: {@code target=DIR version=X.Y.Z icon=PNG command=SCRIPT deb=auto|skip|required
 * compression=gzip|xz|zstd|none}; {@code command} is the .deb's /usr/bin/fridge.
 */
public final class InstallerBuild {
    static final String APP_NAME = "fridge-chef";
    static final String CLI_LAUNCHER = "fridge";
    /** The folder in the apps' lib/ that core looks in for the optional embedding model; its own package in the .deb. */
    static final String EMBEDDINGS = "embeddings";
    /** JDK modules the jars reach only through reflection or service loading, which jdeps cannot see. */
    static final List<String> EXTRA_MODULES = List.of(
            "jdk.localedata",   // Russian dates, numbers and collation
            "jdk.crypto.ec");   // elliptic-curve TLS to model providers and sync servers (a module of its own up to JDK 21)
    /** The desktop app's memory settings, as the repository's ./fridge gui sets them (see there why). */
    static final List<String> GUI_JAVA_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * The app's JVM options for a runtime of this Java feature version (jlink makes it from the JDK this build
     * runs on): from 24 the JDK warns on stderr at every start that JavaFX 21's renderer (Marlin) uses
     * sun.misc.Unsafe's memory access, which JavaFX 21 needs, so it is allowed (the option exists from 23).
     */
    static List<String> guiJavaOptions(int javaFeature) {
        if (javaFeature < 24) return GUI_JAVA_OPTIONS;
        List<String> options = new java.util.ArrayList<>(GUI_JAVA_OPTIONS);
        options.add("--sun-misc-unsafe-memory-access=allow");
        return List.copyOf(options);
    }
    /**
     * The CLI's JVM flags, as the ./fridge script's: short commands, so the serial collector and only the first compiler.
     * --enable-native-access for the ONNX runtime of the optional embedding model: the launcher starts the main class,
     * not the jar, so the jar's Enable-Native-Access entry does not apply.
     */
    static final String CLI_JAVA_OPTIONS = "--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData "
            + "-Xlog:cds=off -Xlog:cds+dynamic=off";

    private final Path target;
    private final String version;
    private final Path icon;

    InstallerBuild(Path target, String version, Path icon) {
        this.target = target;
        this.version = version;
        this.icon = icon;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args).map(a -> a.split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a.length > 1 ? a[1] : "", (a, b) -> b, LinkedHashMap::new));
        InstallerBuild build = new InstallerBuild(Path.of(options.get("target")), packageVersion(options.get("version")),
                Path.of(options.get("icon")));
        build.deleteOldPackages();
        long start = System.nanoTime();
        build.documentation();
        Path appImage = build.appImage(build.runtime());
        log(String.format(Locale.ROOT, "app image: %.1f s", (System.nanoTime() - start) / 1e9));
        String deb = options.getOrDefault("deb", "auto");
        if (deb.equals("skip")) {
            log("the .deb is skipped (packaging.deb=skip)");
            return;
        }
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            log("the .deb is built on Linux only; make this platform's installer from the app image " + appImage + " (see the README)");
            return;
        }
        List<String> missing = Tools.missingPrograms("dpkg", "dpkg-deb", "fakeroot");
        if (!missing.isEmpty()) {
            String message = "the .deb is not built: " + String.join(" and ", missing) + " not found on the PATH"
                    + " (apt-get install dpkg fakeroot); the app image is in " + appImage;
            if (deb.equals("required")) throw new IllegalStateException(message);
            log("WARNING: " + message);
            return;
        }
        start = System.nanoTime();
        new DebPackage(build.target, build.version, build.icon, Path.of(options.get("command")),
                options.getOrDefault("compression", "gzip")).build(appImage, build.documentationRoot());
        log(String.format(Locale.ROOT, ".deb: %.1f s", (System.nanoTime() - start) / 1e9));
    }

    /** A Maven version as a package version: 0.1.0-SNAPSHOT becomes 0.1.0 (jpackage takes digits and dots only). */
    static String packageVersion(String mavenVersion) {
        String digits = mavenVersion.replaceFirst("[^0-9.].*$", "").replaceAll("\\.$", "");
        if (digits.isEmpty()) throw new IllegalArgumentException("no version number in " + mavenVersion);
        return digits;
    }

    /** A .deb of an earlier build would otherwise be taken for this one's when this build makes none. */
    private void deleteOldPackages() throws IOException {
        if (!Files.isDirectory(target)) return;
        try (var files = Files.list(target)) {
            for (Path old : files.filter(f -> f.getFileName().toString().matches(APP_NAME + "(-embeddings)?_.*\\.deb")).toList()) Files.delete(old);
        }
    }

    Path documentationRoot() {
        return target.resolve("docs");
    }

    /** usr/share/man/man1/fridge.1.gz (English), usr/share/man/ru/man1/fridge.1.gz and the bash/zsh completion script. */
    void documentation() throws IOException {
        Path root = documentationRoot().resolve("usr/share");
        LocalDate today = LocalDate.now();
        gzip(root.resolve("man/man1/fridge.1.gz"), new ManPage(version, today, Locale.ENGLISH).render(CommandModel.of(Locale.ENGLISH)));
        Locale russian = Locale.forLanguageTag("ru");
        gzip(root.resolve("man/ru/man1/fridge.1.gz"), new ManPage(version, today, russian).render(CommandModel.of(russian)));
        Path completion = root.resolve("bash-completion/completions/fridge");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash(CLI_LAUNCHER, CommandModel.of(Locale.ENGLISH)));
        log("man pages and completion script in " + documentationRoot());
    }

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A runtime of only the JDK modules the jars use (jdeps), plus {@link #EXTRA_MODULES}. The optional
     * embedding module (lib/embeddings) is analysed from its own jar as the apps are from theirs:
     * nothing on the apps' class path refers to it.
     */
    Path runtime() throws IOException {
        Path input = target.resolve("app-input");
        List<Path> embeddings = jars(embeddingsInput());
        List<Path> classPath = new ArrayList<>(jars(input.resolve("lib")));
        classPath.addAll(embeddings);
        // spelled out: a "lib/*" wildcard is expanded by the jdeps command's launcher, not by jdeps run in-process
        List<String> jdepsArgs = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "21", "-q",
                "--class-path", classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
        jdepsArgs.add(input.resolve("fridge-cli.jar").toString());
        jdepsArgs.add(input.resolve("fridge-gui.jar").toString());
        embeddings.stream().filter(jar -> jar.getFileName().toString().startsWith("fridgechef-embeddings-"))
                .forEach(jar -> jdepsArgs.add(jar.toString()));
        TreeSet<String> modules = new TreeSet<>(List.of(Tools.jdk("jdeps", jdepsArgs).strip().split(",")));
        for (String module : EXTRA_MODULES) {
            if (ModuleFinder.ofSystem().find(module).isPresent()) modules.add(module);
        }
        Path runtime = target.resolve("runtime");
        deleteTree(runtime);
        Tools.jdk("jlink", List.of("--add-modules", String.join(",", modules), "--include-locales=en,ru",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-6", "--generate-cds-archive",
                "--output", runtime.toString()));
        log("runtime with " + modules.size() + " modules in " + runtime + ": " + String.join(",", modules));
        return runtime;
    }

    /** The embedding module's jars, which Maven gathers apart from app-input: jpackage puts every jar of its input on the apps' class path. */
    private Path embeddingsInput() {
        return target.resolve("embeddings-input");
    }

    /**
     * target/app-image/fridge-chef: bin/fridge-chef (the desktop app), bin/fridge (the CLI), lib/runtime, lib/app, and the
     * embedding model in lib/app/lib/embeddings, copied in after jpackage made the image so that it stays off the class path.
     */
    Path appImage(Path runtime) throws IOException {
        Path cliLauncher = target.resolve("fridge-launcher.properties");
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Files.writeString(cliLauncher, String.join("\n",
                "main-jar=fridge-cli.jar",
                "main-class=dev.fridgechef.cli.Main",
                "description=Fridge Chef on the command line",
                "java-options=" + CLI_JAVA_OPTIONS,
                windows ? "win-console=true" : "linux-shortcut=false", ""));
        Path dest = target.resolve("app-image");
        deleteTree(dest);
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", APP_NAME, "--app-version", version,
                "--input", target.resolve("app-input").toString(),
                "--main-jar", "fridge-gui.jar", "--main-class", "dev.fridgechef.gui.Launcher",
                // JavaFX loads its native libraries from the class path
                "--java-options", "--enable-native-access=ALL-UNNAMED",
                "--add-launcher", CLI_LAUNCHER + "=" + cliLauncher,
                "--runtime-image", runtime.toString(),
                "--description", "Meal planning from what is in your fridge", "--vendor", "Fridge Chef",
                "--dest", dest.toString()));
        for (String option : guiJavaOptions(Runtime.version().feature())) args.addAll(List.of("--java-options", option));
        // Windows and macOS take .ico and .icns icons; there the image gets jpackage's default one
        if (System.getProperty("os.name", "").startsWith("Linux")) args.addAll(List.of("--icon", icon.toString()));
        Tools.jdk("jpackage", args);
        Path image = dest.resolve(System.getProperty("os.name", "").startsWith("Mac") ? APP_NAME + ".app" : APP_NAME);
        Path embeddings = Files.createDirectories(appFolder(image).resolve("lib").resolve(EMBEDDINGS));
        for (Path jar : jars(embeddingsInput())) Files.copy(jar, embeddings.resolve(jar.getFileName()));
        log("app image in " + image);
        return image;
    }

    /** Where jpackage put the input (the jars) in the image: lib/app on Linux, Contents/app on macOS, app on Windows. */
    static Path appFolder(Path image) {
        String os = System.getProperty("os.name", "");
        return image.resolve(os.startsWith("Mac") ? "Contents/app" : os.startsWith("Windows") ? "app" : "lib/app");
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static void log(String message) {
        System.out.println("[packaging] " + message);
    }
}
