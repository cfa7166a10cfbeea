package dev.fridgechef.sync;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A shorter log that gives a new device the same state as the full one, and the same state after
 * any operation that arrives later.
 *
 * <p>Always safe: repeats go, and of a removed stock item or diary entry only the latest removal and
 * what came after it stays (a later removal can only cancel more, and cancelled operations never come
 * back). Registers keep every value, because the values that lost are the history people look at.
 *
 * <p>Safe only up to a horizon: many deltas of one item become one per reason. A removal that arrives
 * later with an HLC between the merged deltas would have to cancel some of them and not others, so
 * deltas are merged only up to an HLC no later operation can have: the server knows it as the
 * earliest of its devices' clocks at their last completed sync (after a completed sync a device's
 * outbox is empty and its clock has passed every operation it has seen).
 *
 * <p>A snapshot is for a device that starts empty: a device that already holds some of the merged
 * deltas must pull the log, not the snapshot, or it would count them twice.
 */
public final class Compaction {
    private Compaction() {
    }

    /** The log without repeats and without what a removal cancelled; deltas are kept as they are. */
    public static List<Op> compact(List<Op> ops) {
        return compact(ops, null);
    }

    /** As {@link #compact(List)}, with the deltas up to {@code horizon} (inclusive) merged into one per item and reason. */
    public static List<Op> compact(List<Op> ops, Hlc horizon) {
        Map<UUID, Op> unique = new LinkedHashMap<>();
        for (Op op : ops) {
            unique.putIfAbsent(op.opId(), op);
        }
        Map<String, Op> latestRemoval = new HashMap<>();
        for (Op op : unique.values()) {
            if (op.kind() == OpKind.ITEM_REMOVED || op.kind() == OpKind.ENTRY_REMOVED) {
                latestRemoval.merge(op.entity().wire() + "/" + op.entityId(), op, (a, b) -> a.hlc().compareTo(b.hlc()) >= 0 ? a : b);
            }
        }
        List<Op> kept = new ArrayList<>();
        Map<String, List<Op>> mergeable = new TreeMap<>();
        for (Op op : unique.values()) {
            Op removal = latestRemoval.get(op.entity().wire() + "/" + op.entityId());
            if (removal != null && op != removal && !op.hlc().isAfter(removal.hlc())) {
                continue;
            }
            if (op.kind() == OpKind.QUANTITY_ADJUSTED && horizon != null && !op.hlc().isAfter(horizon)) {
                mergeable.computeIfAbsent(op.entityId() + "/" + op.text("reason"), k -> new ArrayList<>()).add(op);
            } else if (op.kind() != OpKind.ITEM_REMOVED && op.kind() != OpKind.ENTRY_REMOVED || op == removal) {
                kept.add(op);
            }
        }
        mergeable.values().forEach(deltas -> kept.addAll(merge(deltas)));
        kept.sort(Comparator.comparing(Op::hlc).thenComparing(Op::opId));
        return kept;
    }

    private static List<Op> merge(List<Op> deltas) {
        if (deltas.size() == 1) {
            return deltas;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Hlc latest = null;
        List<String> ids = new ArrayList<>();
        for (Op op : deltas) {
            sum = sum.add(op.delta());
            latest = Hlc.max(latest, op.hlc());
            ids.add(op.opId().toString());
        }
        if (sum.signum() == 0) {
            return List.of();
        }
        ids.sort(null);
        Op first = deltas.getFirst();
        UUID itemId = UUID.fromString(first.entityId());
        return List.of(Op.quantityAdjusted(new Stamp(mergedId(latest, ids), latest), itemId, sum.stripTrailingZeros(), Reason.fromWire(first.text("reason"))));
    }

    /** A version 7 id at the merged deltas' time whose random part is a hash of their ids: the same merge always gets the same id. */
    private static UUID mergedId(Hlc hlc, List<String> ids) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String id : ids) {
                sha.update(id.getBytes(StandardCharsets.US_ASCII));
            }
            ByteBuffer hash = ByteBuffer.wrap(sha.digest());
            long msb = (hlc.millis() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | hash.getShort() & 0xFFF;
            long lsb = hash.getLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
