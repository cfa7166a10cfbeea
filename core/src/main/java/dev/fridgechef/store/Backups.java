package dev.fridgechef.store;

import dev.fridgechef.AtomicFiles;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the store in the {@code backups} folder beside it, as zip files holding the database
 * file: {@code fridgechef-2026-11-30T081500-daily.zip} (on the first use of a day),
 * {@code fridgechef-2026-11-30T101500-manual.zip} (asked for), and safety copies taken before an
 * upgrade or a restore. Daily ones are pruned to the newest 7 plus the newest of each of the 4 weeks
 * before them; the others are kept until the person deletes them (or forgets everything).
 */
public final class Backups {
    public static final String FOLDER = "backups";
    private static final String PREFIX = StoreLocation.DATABASE_NAME + "-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX)
            + "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{6}))?(?:-([a-z-]+))?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    static final int KEEP_DAILY = 7;
    static final int KEEP_WEEKLY = 4;

    public enum Kind {
        DAILY("daily"), MANUAL("manual"), BEFORE_UPGRADE("before-upgrade"), BEFORE_RESTORE("before-restore");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        static Kind of(String suffix) {
            for (Kind k : values()) if (k.suffix.equals(suffix)) return k;
            return MANUAL;
        }
    }

    /** One backup file; {@code label} is what the person types to restore it (its date, or its file name). */
    public record Backup(Path file, LocalDateTime taken, Kind kind, long bytes) {
        public String label() {
            return kind == Kind.DAILY ? taken.toLocalDate().toString() : file.getFileName().toString();
        }
    }

    private final Path databasePath;
    private final Path folder;
    private final Clock clock;

    private Backups(Path databasePath, Clock clock) {
        this.databasePath = databasePath.toAbsolutePath();
        this.folder = this.databasePath.resolveSibling(FOLDER);
        this.clock = clock;
    }

    public static Backups of(Path databasePath, Clock clock) {
        return new Backups(databasePath, clock);
    }

    public Path folder() {
        return folder;
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) return List.of();
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f)) continue;
                LocalDateTime taken = m.group(2) == null ? LocalDate.parse(m.group(1)).atStartOfDay()
                        : LocalDateTime.parse(m.group(1) + "T" + m.group(2), STAMP);
                out.add(new Backup(f, taken, Kind.of(m.group(3)), Files.size(f)));
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a folder this user cannot read holds no backups for it
        }
        out.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /** The newest backup that opens and reads, if any. */
    public Optional<Backup> newestGood() {
        for (Backup b : list()) {
            if (verify(b.file()).isEmpty()) return Optional.of(b);
        }
        return Optional.empty();
    }

    /** Takes today's backup unless there is one, then prunes old daily ones. Never fails the caller's work. */
    void dailyIfDue(Store store) {
        LocalDate today = LocalDate.now(clock);
        if (list().stream().anyMatch(b -> b.kind() == Kind.DAILY && b.taken().toLocalDate().equals(today))) return;
        try {
            backup(store, folder.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + Kind.DAILY.suffix + ".zip"));
            prune();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Backups.class).warn("daily backup failed: {}", e.toString());
        }
    }

    /** A consistent copy of the open store, taken while others wait their turn. */
    public Backup take(Store store, Kind kind) {
        Path target = folder.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + kind.suffix + ".zip");
        backup(store, target);
        return find(target);
    }

    /** A copy of the file as it is (the store must not be open anywhere: before an upgrade or a restore). */
    Backup takeRaw(Kind kind) {
        Path target = folder.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + kind.suffix + ".zip");
        Path file = StoreLocation.databaseFile(databasePath);
        try {
            createFolder();
            Path partial = Files.createTempFile(folder, ".partial-", ".zip");
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
            moveIntoPlace(partial, target);
            return find(target);
        } catch (IOException e) {
            throw new UserException("error.store.backup", folder, e.getMessage());
        }
    }

    private void backup(Store store, Path target) {
        try {
            createFolder();
            Path partial = Files.createTempFile(folder, ".partial-", ".zip");
            Files.delete(partial); // H2 creates it
            try {
                write(store, partial);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            moveIntoPlace(partial, target);
        } catch (IOException e) {
            throw new UserException("error.store.backup", folder, e.getMessage());
        }
    }

    /** H2's {@code BACKUP TO}: a transactionally consistent zip of the open store, written to {@code zip}. */
    static void write(Store store, Path zip) throws IOException {
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        } catch (java.sql.SQLException e) {
            throw new IOException(StoreDamagedException.reason(e), e);
        }
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            StoreFiles.ownerOnly(folder);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        StoreFiles.ownerOnly(partial);
        AtomicFiles.move(partial, target);
    }

    private Backup find(Path file) {
        return list().stream().filter(b -> b.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalStateException("backup not found after writing: " + file));
    }

    /** Keeps the newest {@link #KEEP_DAILY} daily backups and, before them, the newest of each of {@link #KEEP_WEEKLY} weeks. */
    void prune() {
        List<Backup> daily = list().stream().filter(b -> b.kind() == Kind.DAILY).toList();
        Set<String> weeks = new HashSet<>();
        for (int i = KEEP_DAILY; i < daily.size(); i++) {
            LocalDate d = daily.get(i).taken().toLocalDate();
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < KEEP_WEEKLY && weeks.add(week)) continue;
            try {
                Files.deleteIfExists(daily.get(i).file());
            } catch (IOException e) {
                // kept one more day
            }
        }
    }

    /** The backup a person named: a date (the daily one), a file name in the folder, or a path; the newest good one for null. */
    public Backup resolve(String name) {
        if (name == null || name.isBlank()) {
            return newestGood().orElseThrow(() -> new UserException("error.store.backup.none", folder));
        }
        for (Backup b : list()) {
            if (b.label().equals(name) || b.file().getFileName().toString().equals(name)) return b;
        }
        Path given = Path.of(name).toAbsolutePath();
        if (Files.isRegularFile(given)) {
            try {
                return new Backup(given, LocalDateTime.ofInstant(Files.getLastModifiedTime(given).toInstant(), clock.getZone()),
                        Kind.MANUAL, Files.size(given));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new UserException("error.store.backup.unknown", name, folder);
    }

    /** Why a backup cannot be restored, or empty when it opens and every table reads. */
    public Optional<String> verify(Path zip) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("fridgechef-verify-");
            Path db = scratch.resolve(StoreLocation.DATABASE_NAME);
            extract(zip, StoreLocation.databaseFile(db));
            return StoreCheck.readAll(db).problem();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            deleteTree(scratch);
        }
    }

    static void extract(Path zip, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(StoreLocation.H2_SUFFIX)) {
                    Files.copy((InputStream) in, file, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("the backup has no database file");
    }

    static void deleteTree(Path folder) {
        if (folder == null) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind is harmless
        }
    }
}
