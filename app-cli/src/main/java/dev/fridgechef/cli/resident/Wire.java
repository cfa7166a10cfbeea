package dev.fridgechef.cli.resident;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code fridge} process and the resident process say to each other over their socket: one
 * request, one answer, then the connection closes. The answer carries the command's whole output, so
 * a resident process that dies half-way has printed nothing and the command can simply run again.
 */
final class Wire {
    static final int MAGIC = 0x46434831; // "FCH1"

    static final byte RUN = 1;
    static final byte STATUS = 2;
    static final byte STOP = 3;

    static final byte DONE = 1;
    /** Not answered here (the command changes something, asks, or shows help): the caller runs it itself. */
    static final byte DECLINED = 2;

    private static final int MAX_TEXT = 1 << 20;
    private static final int MAX_OUTPUT = 64 << 20;
    private static final int MAX_ITEMS = 10_000;

    private Wire() {
    }

    /** A command line with what it depends on outside its arguments: environment, working folder and time zone. */
    record Request(byte kind, List<String> args, Map<String, String> env, String workingDirectory, String zone) {
        static Request control(byte kind) {
            return new Request(kind, List.of(), Map.of(), "", "UTC");
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeByte(kind);
            writeText(out, workingDirectory);
            writeText(out, zone);
            out.writeInt(args.size());
            for (String a : args) writeText(out, a);
            out.writeInt(env.size());
            for (Map.Entry<String, String> e : env.entrySet()) {
                writeText(out, e.getKey());
                writeText(out, e.getValue());
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) throw new IOException("not a Fridge Chef request");
            byte kind = in.readByte();
            String cwd = readText(in);
            String zone = readText(in);
            int argCount = count(in);
            List<String> args = new ArrayList<>(argCount);
            for (int i = 0; i < argCount; i++) args.add(readText(in));
            int envCount = count(in);
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < envCount; i++) env.put(readText(in), readText(in));
            return new Request(kind, args, env, cwd, zone);
        }
    }

    /** The exit code and everything the command wrote to standard output and standard error. */
    record Answer(byte kind, int exitCode, byte[] out, byte[] err) {
        static final Answer DECLINE = new Answer(DECLINED, 0, new byte[0], new byte[0]);

        void write(DataOutputStream stream) throws IOException {
            stream.writeInt(MAGIC);
            stream.writeByte(kind);
            stream.writeInt(exitCode);
            writeBytes(stream, out);
            writeBytes(stream, err);
            stream.flush();
        }

        static Answer read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) throw new IOException("not a Fridge Chef answer");
            return new Answer(in.readByte(), in.readInt(), readBytes(in, MAX_OUTPUT), readBytes(in, MAX_OUTPUT));
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(readBytes(in, MAX_TEXT), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > max) throw new IOException("a field of " + length + " bytes");
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) throw new IOException("the connection ended inside a field");
        return bytes;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) throw new IOException(n + " items");
        return n;
    }
}
