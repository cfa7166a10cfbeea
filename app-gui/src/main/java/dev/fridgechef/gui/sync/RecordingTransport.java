package dev.fridgechef.gui.sync;

import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.SyncTransport;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Passes calls through and keeps the last failure: the engine reports only its message, the indicator needs its kind. */
final class RecordingTransport implements SyncTransport {
    private final SyncTransport inner;
    private volatile IOException failure;

    RecordingTransport(SyncTransport inner) {
        this.inner = inner;
    }

    SyncTransport inner() {
        return inner;
    }

    IOException failure() {
        return failure;
    }

    @Override
    public PushReply push(UUID deviceId, List<Op> ops) throws IOException {
        try {
            return inner.push(deviceId, ops);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public PullPage pull(long afterSeq, int limit) throws IOException {
        try {
            return inner.pull(afterSeq, limit);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
