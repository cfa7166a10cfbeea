package dev.fridgechef.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the log goes: a file a day, {@code fridgechef-YYYY-MM-DD.log} in the log folder
 * ({@link dev.fridgechef.config.AppFolders#logFolder()}), INFO and above, kept 7 days and 50 MB at
 * most. Several processes (the CLI, the app, a background worker) append to it at once: logback's
 * prudent mode locks the file for each write, and prudent mode is also why the day's file carries
 * the date in its name (it cannot be renamed while others write to it). With {@code --verbose} or
 * {@code FRIDGECHEF_DEBUG=1} Fridge Chef's own DEBUG messages go to stderr as well. Libraries
 * (Flyway, JDBI, OkHttp, Langchain4j, ONNX Runtime, H2) say only warnings and errors.
 *
 * <p>What is logged: event names, ids, counts and timings. Never a key, a prompt, a model's
 * answer, item names or the profile.
 */
public final class Logs {
    public static final String APP_LOGGER = "dev.fridgechef";
    private static final List<String> QUIET = List.of("org.flywaydb", "org.jdbi", "okhttp3", "dev.langchain4j", "ai.onnxruntime",
            "ai.djl", "h2database", "org.h2");
    private static final String FILE = "file";
    private static final String STDERR = "stderr";
    private static volatile Path folder;

    private Logs() {
    }

    /** Today's log file, when there is one (the folder could not be made: nothing is written). */
    public static Optional<Path> currentFile() {
        LoggerFactory.getILoggerFactory(); // configures logging if nothing has yet
        Path f = folder;
        return f == null ? Optional.empty() : Optional.of(f.resolve("fridgechef-" + LocalDate.now() + ".log"));
    }

    /**
     * Sets up logging, or waits for the thread that is setting it up: the first class to ask SLF4J for a
     * logger does it (another thread may come first, such as the store's warm-up), and meanwhile SLF4J
     * answers everyone else with stand-ins whose calls it reports on stderr as "replayed". Code that must
     * not log before logging is ready waits here, not on its own first call to SLF4J.
     */
    public static void awaitSetUp() {
        while (LoggerFactory.getILoggerFactory() instanceof org.slf4j.helpers.SubstituteLoggerFactory) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Adds Fridge Chef's DEBUG messages on stderr (the {@code --verbose} switch). */
    public static void verbose() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) debugToStderr(context);
    }

    /** Writes to this folder from now on, at {@code level} for everything, libraries too (tests). */
    public static void writeTo(Path logFolder, Level level) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.reset();
        configure(context, logFolder, false);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        context.getLoggerList().stream().filter(l -> l != root).forEach(l -> l.setLevel(null));
        root.setLevel(level);
        if (root.getAppender(FILE) instanceof RollingFileAppender<ILoggingEvent> file) file.clearAllFilters();
    }

    /** Back to what {@link LogSetup} set up at start (after {@link #writeTo}). */
    public static void restoreDefaults() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.reset();
        new LogSetup().configure(context);
    }

    static void configure(LoggerContext context, Path logFolder, boolean debug) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        for (String name : QUIET) context.getLogger(name).setLevel(Level.WARN);
        folder = null;
        try {
            Files.createDirectories(logFolder);
            root.addAppender(file(context, logFolder));
            folder = logFolder;
        } catch (IOException | SecurityException e) {
            // no log folder (a read-only home): the app works on, unlogged
        }
        if (debug) debugToStderr(context);
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, Path logFolder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(FILE);
        file.setPrudent(true);
        TimeBasedRollingPolicy<ILoggingEvent> daily = new TimeBasedRollingPolicy<>();
        daily.setContext(context);
        daily.setParent(file);
        daily.setFileNamePattern(logFolder.resolve("fridgechef-%d{yyyy-MM-dd}.log").toString());
        daily.setMaxHistory(7);
        daily.setTotalSizeCap(FileSize.valueOf("50MB"));
        daily.setCleanHistoryOnStart(true); // a CLI call rarely lives across midnight, when logback would clean
        daily.start();
        file.setRollingPolicy(daily);
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level pid" + ProcessHandle.current().pid()
                + " [%thread] %logger{30} - %msg%n"));
        ThresholdFilter info = new ThresholdFilter();
        info.setLevel(Level.INFO.levelStr);
        info.start();
        file.addFilter(info);
        file.start();
        return file;
    }

    private static synchronized void debugToStderr(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        context.getLogger(APP_LOGGER).setLevel(Level.DEBUG);
        if (root.getAppender(STDERR) != null) return;
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName(STDERR);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
        stderr.start();
        root.addAppender(stderr);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
