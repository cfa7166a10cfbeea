package dev.fridgechef.gui.sync;

import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.SyncTransport;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.store.SyncStore;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A household's server in memory, as the desktop app's sync reaches it; it can be taken offline or stop taking the login. */
public final class FakeSyncServer implements SyncController.Transports {
    public enum Mode { ONLINE, OFFLINE, LOGIN_EXPIRED }

    private final List<Op> log = new ArrayList<>();
    private final Set<UUID> ids = new HashSet<>();
    private volatile Mode mode = Mode.ONLINE;
    private int calls;

    public void mode(Mode next) {
        mode = next;
    }

    /** An operation another device pushed. */
    public synchronized void add(Op op) {
        if (ids.add(op.opId())) log.add(op);
    }

    public synchronized List<Op> ops() {
        return List.copyOf(log);
    }

    public synchronized int calls() {
        return calls;
    }

    @Override
    public SyncTransport open(SyncStore.Link link, SyncCredentials credentials) {
        return new SyncTransport() {
            @Override
            public PushReply push(UUID deviceId, List<Op> ops) throws IOException {
                answerable(credentials, link);
                Set<UUID> acknowledged = new HashSet<>();
                for (Op op : ops) {
                    add(op);
                    acknowledged.add(op.opId());
                }
                synchronized (FakeSyncServer.this) {
                    return new PushReply(acknowledged, log.size());
                }
            }

            @Override
            public PullPage pull(long afterSeq, int limit) throws IOException {
                answerable(credentials, link);
                synchronized (FakeSyncServer.this) {
                    int from = (int) Math.min(afterSeq, log.size());
                    int to = Math.min(log.size(), from + limit);
                    List<PulledOp> page = new ArrayList<>();
                    for (int i = from; i < to; i++) page.add(new PulledOp(i + 1, log.get(i)));
                    return new PullPage(page, to, to < log.size());
                }
            }
        };
    }

    private synchronized void answerable(SyncCredentials credentials, SyncStore.Link link) throws IOException {
        calls++;
        switch (mode) {
            case OFFLINE -> throw new IOException("cannot reach the server http://sync.test (Connection refused)", new ConnectException("Connection refused"));
            case LOGIN_EXPIRED -> {
                credentials.logOut(link.deviceId().toString()); // as the HTTP transport does when the server refuses the refresh token
                throw new HttpSyncTransport.LoginRequiredException("the server no longer accepts this device's login");
            }
            default -> {
            }
        }
    }
}
