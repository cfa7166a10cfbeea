package dev.fridgechef.cli.resident;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;

/**
 * The {@code fridge} side of the resident process: asks it to answer a command line, and starts
 * one in the background after a command it could have answered ran here.
 */
public final class ResidentClient {
    /**
     * The resident process's JVM: a small heap that gives back what it frees in one step when collected, one
     * JIT compiler (steadier and smaller than two for short commands), no perf file.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms16m", "-Xmx192m", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10",
            "-XX:-ShrinkHeapInSteps", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xss512k");

    /** A command that only reads and is not answered in this time runs by itself instead. */
    static final long ANSWER_TIMEOUT_MS = 60_000;

    private ResidentClient() {
    }

    /**
     * The exit code of {@code args} answered by the resident process, its output already written to this
     * process's standard output and error; empty when there is no such process, it declined (the command
     * changes something, asks or shows help), or it failed before answering: nothing was printed then.
     */
    public static OptionalInt run(ResidentSocket socket, String[] args, Map<String, String> env) {
        Optional<Wire.Answer> answer = ask(socket, new Wire.Request(Wire.RUN, List.of(args), env,
                Path.of("").toAbsolutePath().toString(), TimeZone.getDefault().getID()));
        if (answer.isEmpty() || answer.get().kind() != Wire.DONE) return OptionalInt.empty();
        try {
            write(FileDescriptor.out, answer.get().out());
            write(FileDescriptor.err, answer.get().err());
        } catch (IOException e) {
            // a closed pipe (| head): as a command run here, the exit code still stands
        }
        return OptionalInt.of(answer.get().exitCode());
    }

    /** The answer to {@code request}, or empty when no resident process answered in full. */
    static Optional<Wire.Answer> ask(ResidentSocket socket, Wire.Request request) {
        if (!Files.exists(socket.path())) return Optional.empty();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            giveUpAfter(ANSWER_TIMEOUT_MS, channel);
            channel.connect(UnixDomainSocketAddress.of(socket.path()));
            request.write(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
            return Optional.of(Wire.Answer.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts the resident process in the background, unless one is running or starting (its lock is
     * held), with this process's environment and folder and {@code args}, the command line that only read;
     * it detaches from the terminal (setsid) where it can, and ignores the terminal's Ctrl-C and hang-up.
     */
    public static void startInBackground(ResidentSocket socket, String[] args) {
        if (!lockFree(socket)) return;
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) command.add("/usr/bin/setsid");
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ResidentServer.class.getName(), socket.path().toString()));
        command.addAll(List.of(args)); // run once more there, to warm it up for the next command
        try {
            new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // no resident process then: every command runs by itself, as without one
        }
    }

    /** Closes {@code channel} after {@code millis}, so that a resident process that hangs cannot hang the command too. */
    private static void giveUpAfter(long millis, SocketChannel channel) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(millis);
                channel.close();
            } catch (InterruptedException | IOException e) {
                // the answer came, or the channel is closed anyway
            }
        }, "resident-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static boolean lockFree(ResidentSocket socket) {
        try (FileChannel lock = FileChannel.open(socket.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lock.tryLock()) {
            return held != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(FileDescriptor fd, byte[] bytes) throws IOException {
        if (bytes.length == 0) return;
        FileOutputStream stream = new FileOutputStream(fd);
        stream.write(bytes);
        stream.flush();
    }
}
