package dev.fridgechef.sync;

import java.util.List;
import java.util.SortedMap;

/**
 * Everything the merged operations say, in sorted maps so that two replicas that saw the same
 * operations are {@code equals}. {@code history} holds, per {@code entity/entityId}, the values
 * that lost a last-writer-wins race, oldest first.
 */
public record ReplicaState(SortedMap<String, StockItem> stock, SortedMap<String, DiaryEntry> diary,
                           SortedMap<String, MemberProfile> profiles, SortedMap<String, PlanSlot> plan,
                           SortedMap<String, List<LostValue>> history) {
}
