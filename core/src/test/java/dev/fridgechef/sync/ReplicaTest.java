package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaTest {
    private static final UUID PHONE = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");
    private static final UUID LAPTOP = UUID.fromString("0193a1b2-0000-7000-8000-000000000002");
    private static final UUID RICE = UUID.fromString("0193a1b2-0000-7000-8000-0000000000aa");
    private long opNumber;

    private Stamp at(long millis, UUID device) {
        return new Stamp(new UUID(0x0193_a1b2_0000_7000L, 0x8000_0000_0000_0000L | ++opNumber), new Hlc(millis, 0, device));
    }

    private List<Op> riceOf1000g() {
        return List.of(Op.itemCreated(at(10, PHONE), RICE, OpTest.rice()), Op.quantityAdjusted(at(11, PHONE), RICE, new BigDecimal(1000), Reason.ADDED));
    }

    private static Op use(Stamp s, int grams) {
        return Op.quantityAdjusted(s, RICE, BigDecimal.valueOf(-grams), Reason.USED);
    }

    @Test
    void twoOfflineDevicesUsing200gOf1000gLeave600g() {
        List<Op> ops = new ArrayList<>(riceOf1000g());
        ops.add(use(at(20, PHONE), 200));
        ops.add(use(at(20, LAPTOP), 200));
        StockItem rice = Replica.of(ops).state().stock().get(RICE.toString());
        assertThat(rice.quantity()).isEqualByComparingTo("600");
        assertThat(rice.overdrawn()).isFalse();
    }

    @Test
    void orderAndRepeatsMakeNoDifference() {
        List<Op> ops = new ArrayList<>(riceOf1000g());
        ops.add(use(at(20, PHONE), 200));
        ops.add(Op.fieldSet(at(21, LAPTOP), RICE, "location", "fridge"));
        ops.add(Op.fieldSet(at(22, PHONE), RICE, "location", "freezer"));
        ops.add(use(at(23, LAPTOP), 50));
        ReplicaState expected = Replica.of(ops).state();
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            List<Op> shuffled = new ArrayList<>(ops);
            shuffled.addAll(ops.subList(0, random.nextInt(ops.size())));
            Collections.shuffle(shuffled, random);
            assertThat(Replica.of(shuffled).state()).isEqualTo(expected);
        }
    }

    @Test
    void aRemovalCancelsOnlyEarlierOperations() {
        List<Op> ops = new ArrayList<>(riceOf1000g());
        ops.add(use(at(20, PHONE), 200));
        ops.add(Op.itemRemoved(at(30, LAPTOP), RICE));
        ops.add(use(at(40, PHONE), 100));
        Replica replica = Replica.of(ops);
        assertThat(replica.state().stock()).as("a use after the removal does not bring the item back").isEmpty();

        replica.apply(Op.itemCreated(at(50, PHONE), RICE, OpTest.rice()));
        replica.apply(Op.quantityAdjusted(at(51, PHONE), RICE, new BigDecimal(500), Reason.ADDED));
        // created again: the deltas before the removal are gone, the ones after it count
        assertThat(replica.state().stock().get(RICE.toString()).sum()).isEqualByComparingTo("400");
    }

    @Test
    void aLateArrivingRemovalStillCancelsTheEarlierDeltas() {
        Replica replica = Replica.of(List.of(Op.itemRemoved(at(30, LAPTOP), RICE)));
        replica.applyAll(riceOf1000g());
        assertThat(replica.state().stock()).isEmpty();
    }

    @Test
    void theLastWriterWinsAndTheLosingValueIsKeptInTheHistory() {
        List<Op> ops = new ArrayList<>(riceOf1000g());
        ops.add(Op.fieldSet(at(20, PHONE), RICE, "location", "fridge"));
        ops.add(Op.fieldSet(at(25, LAPTOP), RICE, "location", "freezer"));
        Replica replica = Replica.of(ops);
        assertThat(replica.state().stock().get(RICE.toString()).location()).isEqualTo("freezer");
        assertThat(replica.history(Entity.STOCK, RICE.toString())).filteredOn(l -> l.field().equals("location"))
                .extracting(LostValue::value, LostValue::deviceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TextNode.valueOf("pantry"), PHONE.toString()),
                        org.assertj.core.groups.Tuple.tuple(TextNode.valueOf("fridge"), PHONE.toString()));
    }

    @Test
    void aMergeBelowZeroShowsTheItemUsedUpAndFlagsIt() {
        Replica replica = Replica.of(riceOf1000g());
        Replica.Applied applied = replica.applyAll(List.of(use(at(20, PHONE), 700), use(at(21, LAPTOP), 600)));
        StockItem rice = replica.state().stock().get(RICE.toString());
        assertThat(rice.sum()).isEqualByComparingTo("-300");
        assertThat(rice.quantity()).isEqualByComparingTo("0");
        assertThat(rice.overdrawn()).isTrue();
        assertThat(applied.overdrawn()).containsExactly(RICE.toString());
        assertThat(applied.newOps()).isEqualTo(2);
    }

    @Test
    void profileFlagsAndPlanSlotsAreRegisters() {
        Replica replica = Replica.of(List.of(
                Op.flagSet(at(10, PHONE), "anna", "allergies", "peanut", true),
                Op.flagSet(at(12, LAPTOP), "anna", "allergies", "peanut", false),
                Op.flagSet(at(11, PHONE), "anna", "allergies", "sesame", true),
                Op.profileSet(at(10, PHONE), "anna", "kcalTarget", 2000),
                Op.planSet(at(10, PHONE), "2026-12-01/lunch", "recipe", "soup"),
                Op.planSet(at(11, LAPTOP), "2026-12-01/lunch", "recipe", "risotto"),
                Op.planSet(at(10, LAPTOP), "2026-12-02/lunch", "recipe", null)));
        ReplicaState state = replica.state();
        assertThat(state.profiles().get("anna").sets().get("allergies")).containsExactly("sesame");
        assertThat(state.profiles().get("anna").fields().get("kcalTarget").asInt()).isEqualTo(2000);
        assertThat(state.plan()).containsOnlyKeys("2026-12-01/lunch");
        assertThat(state.plan().get("2026-12-01/lunch").fields().get("recipe").asText()).isEqualTo("risotto");
        assertThat(replica.history(Entity.PLAN, "2026-12-01/lunch")).singleElement().extracting(LostValue::value).isEqualTo(TextNode.valueOf("soup"));
    }

    @Test
    void theDiaryIsAppendOnlyWithTombstones() {
        UUID entry = UUID.fromString("0193a1b2-0000-7000-8000-0000000000e1");
        var fields = OpJson.mapper().createObjectNode().put("food", "porridge");
        Replica replica = Replica.of(List.of(Op.entryAdded(at(10, PHONE), entry, fields)));
        assertThat(replica.state().diary().get(entry.toString()).fields()).isEqualTo(fields);
        replica.apply(Op.entryRemoved(at(20, LAPTOP), entry));
        assertThat(replica.state().diary()).isEmpty();
    }
}
