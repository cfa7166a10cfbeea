package dev.fridgechef.sync.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanJournal;
import dev.fridgechef.plan.PlanMarks;
import dev.fridgechef.plan.PlanSlots;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.OpJson;
import dev.fridgechef.sync.PlanSlot;
import dev.fridgechef.sync.Replica;
import dev.fridgechef.sync.Stamp;
import org.jdbi.v3.core.Handle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The plan's side of sync: plan slots are registers, one field per account. As a {@link PlanJournal}
 * it records each meal of a stored plan as {@code RegisterSet(slot, <account>, {meal, fat, carbohydrate,
 * energyTarget, proteinTarget, people})} (only slots whose value changed; a slot of the plan's days the
 * plan no longer has is set to null), and a meal cooked as {@code RegisterSet(slot, <account>:cooked, true)}.
 * {@link #project} stores the plan the merged slots of this store's account make for the days pulled
 * operations touched. Another account's slots stay in the log.
 */
public final class PlanOps implements PlanJournal {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanOps.class);
    /** The server refuses a payload over 8 KiB of JSON, and with it the whole push: a bigger slot is not recorded. */
    static final int MAX_PAYLOAD_BYTES = 7_500;
    /** Pulled slots of days longer ago than this stay in the log: a plan is for the days ahead. */
    static final int PAST_DAYS = 14;
    private static final String COOKED = ":cooked";

    private final SyncStore sync;
    private final PlanSlots slots;

    public PlanOps(SyncStore sync, PlanSlots slots) {
        this.sync = sync;
        this.slots = slots;
    }

    @Override
    public void stored(Handle h, MealPlan plan) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty() || plan.days() < 1) return;
        String member = link.get().member();
        LocalDate end = plan.start().plusDays(plan.days() - 1L);
        Map<String, JsonNode> before = new HashMap<>();
        Replica.of(logBetween(h, plan.start(), end)).state().plan().forEach((id, slot) -> {
            JsonNode value = slot.fields().get(member);
            if (value != null && !value.isNull()) before.put(id, value);
        });
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        Set<String> planned = new TreeSet<>();
        for (PlanSlots.Slot slot : slots.slots(plan)) {
            String id = slot.id();
            planned.add(id);
            JsonNode value = canonical(slots.value(slot));
            if (value.equals(before.get(id))) continue;
            int bytes = payloadBytes(member, value);
            if (bytes > MAX_PAYLOAD_BYTES) {
                LOG.warn("plan slot {} not synced: its meal is {} bytes of JSON, more than the {} a sync operation may carry", id, bytes,
                        MAX_PAYLOAD_BYTES);
                continue;
            }
            changes.add(s -> Op.planSet(s, id, member, value));
        }
        for (String id : before.keySet()) {
            if (!planned.contains(id)) changes.add(s -> Op.planSet(s, id, member, NullNode.getInstance()));
        }
        sync.record(h, link.get(), changes);
    }

    @Override
    public void cooked(Handle h, LocalDate day, MealType meal) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        String id = day + "/" + meal.key();
        sync.record(h, link.get(), List.of(s -> Op.planSet(s, id, link.get().member() + COOKED, BooleanNode.TRUE)));
    }

    /**
     * Stores, in the page's transaction, the plan this account's merged slots make for the days that
     * {@code fresh} operations of this account touched (from two weeks ago on), each run of days with the
     * days of the plans here that cover them, as one plan; cooked marks follow it. Returns how many of
     * this account's slots the operations touched.
     */
    int project(Handle h, SyncStore.Link link, List<Op> fresh) {
        String member = link.member();
        Set<String> touched = new TreeSet<>();
        for (Op op : fresh) {
            if (op.entity() != Entity.PLAN) continue;
            String field = op.text("field");
            if (member.equals(field) || (member + COOKED).equals(field)) touched.add(op.entityId());
        }
        LocalDate since = LocalDate.now(sync.wall()).minusDays(PAST_DAYS);
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String id : touched) {
            LocalDate day = LocalDate.parse(id.substring(0, id.indexOf('/')));
            if (!day.isBefore(since)) days.add(day);
        }
        while (!days.isEmpty()) {
            // a run of days: the touched ones, each with the whole plan here that covers it, until a gap
            LocalDate from = days.first();
            LocalDate to = from;
            Map<Long, PlanSlots.Local> local = new LinkedHashMap<>();
            while (!days.isEmpty() && !days.first().isAfter(to.plusDays(1))) {
                LocalDate day = days.pollFirst();
                if (day.isAfter(to)) to = day;
                Optional<PlanSlots.Local> covering = slots.covering(h, day);
                if (covering.isPresent() && local.putIfAbsent(covering.get().id(), covering.get()) == null) {
                    MealPlan plan = covering.get().plan();
                    if (plan.start().isBefore(from)) from = plan.start();
                    LocalDate end = plan.start().plusDays(plan.days() - 1L);
                    if (end.isAfter(to)) to = end;
                }
            }
            List<PlanSlots.Local> newestFirst = new ArrayList<>(local.values());
            newestFirst.sort(java.util.Comparator.comparing(PlanSlots.Local::createdAt).thenComparing(PlanSlots.Local::id).reversed());
            store(h, member, from, to, newestFirst);
        }
        return touched.size();
    }

    private void store(Handle h, String member, LocalDate from, LocalDate to, List<PlanSlots.Local> local) {
        List<Op> log = logBetween(h, from, to);
        Map<String, List<Op>> meals = new HashMap<>();
        Map<String, Hlc> cookedAt = new HashMap<>();
        Hlc newest = null;
        for (Op op : log) {
            String field = op.text("field");
            if (member.equals(field)) meals.computeIfAbsent(op.entityId(), k -> new ArrayList<>()).add(op);
            else if ((member + COOKED).equals(field)) cookedAt.merge(op.entityId(), op.hlc(), Hlc::max);
            else continue;
            newest = Hlc.max(newest, op.hlc());
        }
        Map<LocalDate, List<PlanSlots.Slot>> synced = new TreeMap<>();
        List<PlanMarks.CookedMeal> cooked = new ArrayList<>();
        for (PlanSlot slot : Replica.of(log).state().plan().values()) {
            JsonNode value = slot.fields().get(member);
            if (value == null || value.isNull()) continue;
            LocalDate day = LocalDate.parse(slot.slot().substring(0, slot.slot().indexOf('/')));
            PlanSlots.Slot meal;
            try {
                meal = slots.slot(day, value);
            } catch (IllegalArgumentException e) {
                LOG.warn("plan slot {} left in the log: {}", slot.slot(), e.getMessage());
                continue;
            }
            if (!meal.id().equals(slot.slot())) {
                LOG.warn("plan slot {} left in the log: it holds a {} meal", slot.slot(), meal.meal().meal().key());
                continue;
            }
            synced.computeIfAbsent(day, d -> new ArrayList<>()).add(meal);
            JsonNode mark = slot.fields().get(member + COOKED);
            if (mark != null && mark.asBoolean() && cookedThis(meals.get(slot.slot()), cookedAt.get(slot.slot()), meal.meal().recipeId())) {
                cooked.add(new PlanMarks.CookedMeal(day, meal.meal().meal(), meal.meal().recipeId()));
            }
        }
        if (synced.isEmpty()) return;
        // a day without slots of this account keeps the plan here for it, each from the newest plan covering it
        Map<Long, PlanSlots.Local> used = new HashMap<>();
        local.forEach(l -> used.put(l.id(), l));
        Map<LocalDate, MealPlan.Day> localDays = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (synced.containsKey(d)) continue;
            LocalDate day = d;
            slots.covering(h, day).ifPresent(l -> {
                used.putIfAbsent(l.id(), l);
                l.plan().plan().stream().filter(x -> x.date().equals(day)).findFirst().ifPresent(x -> localDays.put(day, x));
            });
        }
        used.values().forEach(l -> cooked.addAll(l.cooked()));
        MealPlan plan = slots.plan(from, to, synced, localDays, local.isEmpty() ? null : local.get(0).plan());
        slots.store(h, plan, PlanSlots.SOURCE_PREFIX + newest.deviceId(), cooked);
    }

    /**
     * Whether a cooked mark stands for the meal now in its slot: the meal planned there when it was
     * marked had the same recipe (a slot whose dish was replaced after the cooking is not cooked; a
     * slot the log has no meal for from before the mark is taken as cooked).
     */
    private static boolean cookedThis(List<Op> meals, Hlc markedAt, String recipeId) {
        if (markedAt == null) return false;
        Op then = null;
        for (Op op : meals) {
            if (op.hlc().isAfter(markedAt)) continue;
            if (then == null || op.hlc().isAfter(then.hlc())) then = op;
        }
        if (then == null) return true;
        JsonNode value = then.payload().get("value");
        return value.path("meal").path("recipeId").asText("").equals(recipeId);
    }

    /** Every plan operation the log holds on the days {@code from} to {@code to}. */
    private static List<Op> logBetween(Handle h, LocalDate from, LocalDate to) {
        return h.createQuery("SELECT op FROM sync_log WHERE entity = :e AND entity_id >= :from AND entity_id < :after ORDER BY hlc")
                .bind("e", Entity.PLAN.wire()).bind("from", from.toString()).bind("after", to.plusDays(1).toString())
                .mapTo(String.class).map(Op::fromJson).list();
    }

    /** The value as an operation carries it (exact decimals, as it reads back from its JSON), so equal values compare equal. */
    private static JsonNode canonical(JsonNode value) {
        ObjectMapper mapper = OpJson.mapper();
        try {
            String once = mapper.writeValueAsString(value);
            JsonNode read = mapper.readTree(once);
            String twice = mapper.writeValueAsString(read);
            return once.equals(twice) ? read : mapper.readTree(twice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan slot could not be written as JSON", e);
        }
    }

    private static int payloadBytes(String field, JsonNode value) {
        var payload = OpJson.mapper().createObjectNode();
        payload.put("field", field);
        payload.set("value", value);
        try {
            return OpJson.mapper().writeValueAsString(payload).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
