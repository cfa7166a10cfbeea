package dev.fridgechef.cli.resident;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Where the resident process of this person and this build of Fridge Chef listens: a Unix socket
 * in a folder only its owner may enter ({@code $XDG_RUNTIME_DIR/fridgechef}, else
 * {@code /tmp/fridgechef-USER}, refused when someone else owns it or others may enter it), named
 * after the jar and the Java it runs on, so a rebuilt jar never talks to the process of the old one.
 * None on Windows or with {@code FRIDGECHEF_RESIDENT=off}.
 */
public record ResidentSocket(Path path) {
    public static final String SWITCH = "FRIDGECHEF_RESIDENT";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    /** Unix socket paths longer than about 104 bytes cannot be bound on every system. */
    private static final int MAX_PATH_BYTES = 100;

    /** The socket for this process's class path, when resident processes are allowed here. */
    public static Optional<ResidentSocket> locate(Map<String, String> env) {
        String setting = env.getOrDefault(SWITCH, "");
        if (setting.equalsIgnoreCase("off") || setting.equals("0") || setting.equalsIgnoreCase("false")) return Optional.empty();
        if (System.getProperty("os.name", "").startsWith("Windows")) return Optional.empty();
        try {
            Optional<Path> folder = privateFolder(env);
            if (folder.isEmpty()) return Optional.empty();
            Path socket = folder.get().resolve("cli-".concat(buildKey()).concat(".sock"));
            if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) return Optional.empty();
            return Optional.of(new ResidentSocket(socket));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The lock its process holds while it lives; free means no process is running or starting. */
    public Path lockFile() {
        return path.resolveSibling(path.getFileName().toString().concat(".lock"));
    }

    /**
     * What identifies this build: the first jar of the class path (where it really is, its size and time;
     * the launcher touches it after every build), the rest of the class path, and the Java. Written without
     * string concatenation, which would cost this short-lived process a bootstrap of its own.
     */
    static String buildIdentity() throws IOException {
        String[] classPath = System.getProperty("java.class.path", "").split(File.pathSeparator, 2);
        Path first = Path.of(classPath[0]).toRealPath();
        BasicFileAttributes jar = Files.readAttributes(first, BasicFileAttributes.class);
        return new StringBuilder(first.toString()).append('|').append(jar.size()).append('|').append(jar.lastModifiedTime().toMillis())
                .append('|').append(classPath.length > 1 ? classPath[1] : "").append('|').append(System.getProperty("java.home"))
                .append('|').append(System.getProperty("java.vm.version")).toString();
    }

    private static String buildKey() throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(buildIdentity().getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return "00000000".substring(hex.length()).concat(hex);
    }

    private static Optional<Path> privateFolder(Map<String, String> env) throws IOException {
        String runtime = env.get("XDG_RUNTIME_DIR");
        String user = System.getProperty("user.name", "");
        Path folder = runtime != null && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "fridgechef")
                : Path.of(System.getProperty("java.io.tmpdir"), "fridgechef-".concat(user));
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // made by an earlier command; checked below like a new one
        }
        boolean ours = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(user)
                && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
        return ours ? Optional.of(folder) : Optional.empty();
    }
}
