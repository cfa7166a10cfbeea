package dev.fridgechef.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpTest {
    static final UUID DEVICE = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");
    static final UUID ITEM = UUID.fromString("0193a1b2-0000-7000-8000-0000000000aa");
    private static int next;

    static Stamp stamp(long millis) {
        return new Stamp(new UUID(0x0193_a1b2_0000_7000L, 0x8000_0000_0000_0000L | ++next), new Hlc(millis, 0, DEVICE));
    }

    static ItemFields rice() {
        return new ItemFields("rice", "food-123", "g", "pantry", LocalDate.of(2026, 12, 1), null, false, null);
    }

    @Test
    void theWireFormatIsExactlyTheAgreedJson() {
        Op op = Op.quantityAdjusted(new Stamp(UUID.fromString("0193a1b2-0000-7000-8000-0000000000ff"), new Hlc(1_764_558_000_000L, 2, DEVICE)),
                ITEM, new BigDecimal("-200"), Reason.USED);
        assertThat(op.toJson()).isEqualTo("{\"opId\":\"0193a1b2-0000-7000-8000-0000000000ff\",\"hlc\":\"1764558000000-0002-" + DEVICE
                + "\",\"deviceId\":\"" + DEVICE + "\",\"entity\":\"stock\",\"entityId\":\"" + ITEM
                + "\",\"kind\":\"QuantityAdjusted\",\"payload\":{\"delta\":-200,\"reason\":\"used\"}}");
    }

    @Test
    void everyKindRoundTripsThroughJson() throws Exception {
        ObjectNode entry = OpJson.mapper().createObjectNode().put("food", "porridge").put("grams", 250.5).put("day", "2026-12-01");
        List<Op> ops = List.of(
                Op.itemCreated(stamp(1), ITEM, rice()),
                Op.quantityAdjusted(stamp(2), ITEM, new BigDecimal("1000.0"), Reason.ADDED),
                Op.quantityAdjusted(stamp(3), ITEM, new BigDecimal("-0.125"), Reason.THROWN_AWAY),
                Op.quantityAdjusted(stamp(3), ITEM, new BigDecimal("2E+2"), Reason.CORRECTED),
                Op.quantityAdjusted(stamp(3), ITEM, new BigDecimal("1.50"), Reason.COOKED),
                Op.profileSet(stamp(3), "ben", "weightKg", 1e21),
                Op.fieldSet(stamp(4), ITEM, "expiresOn", "2026-12-24"),
                Op.fieldSet(stamp(5), ITEM, "opened", true),
                Op.itemRemoved(stamp(6), ITEM),
                Op.entryAdded(stamp(7), ITEM, entry),
                Op.entryRemoved(stamp(8), ITEM),
                Op.profileSet(stamp(9), "anna", "kcalTarget", 2100),
                Op.flagSet(stamp(10), "anna", "allergies", "peanut", true),
                Op.planSet(stamp(11), "2026-12-01/lunch", "recipe", "risotto"));
        for (Op op : ops) {
            assertThat(Op.fromJson(op.toJson())).as(op.kind().wire()).isEqualTo(op);
        }
        String list = OpJson.mapper().writeValueAsString(ops);
        assertThat(OpJson.mapper().readValue(list, new TypeReference<List<Op>>() {})).isEqualTo(ops);
        assertThat(Op.fromJson(ops.get(2).toJson()).delta()).isEqualByComparingTo("-0.125");
    }

    @Test
    void unknownKindsAndEntitiesAreRefused() {
        String good = Op.itemRemoved(stamp(1), ITEM).toJson();
        assertThatThrownBy(() -> Op.fromJson(good.replace("ItemRemoved", "ItemExploded"))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("unknown kind \"ItemExploded\"");
        assertThatThrownBy(() -> Op.fromJson(good.replace("\"stock\"", "\"garage\""))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("unknown entity");
        assertThatThrownBy(() -> Op.fromJson(good.replace("\"stock\"", "\"diary\""))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("ItemRemoved does not apply to entity diary");
    }

    @Test
    void missingOrMistypedFieldsAreRefused() {
        String adjust = Op.quantityAdjusted(stamp(1), ITEM, BigDecimal.TEN, Reason.USED).toJson();
        assertThatThrownBy(() -> Op.fromJson(adjust.replace("\"delta\":10,", ""))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("\"delta\" is missing");
        assertThatThrownBy(() -> Op.fromJson(adjust.replace("\"delta\":10", "\"delta\":\"10\""))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> Op.fromJson(adjust.replace("used", "eaten"))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("unknown reason");
        assertThatThrownBy(() -> Op.fromJson(adjust.replace("\"hlc\":\"", "\"hlc\":\"x"))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("malformed HLC");
        assertThatThrownBy(() -> Op.fromJson(adjust.replaceFirst(",\"deviceId\":\"[^\"]+\"", ""))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("\"deviceId\" is missing");
        assertThatThrownBy(() -> Op.fromJson(adjust.replace("\"entityId\":\"" + ITEM, "\"entityId\":\"rice"))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("must be a lower-case UUID");
        assertThatThrownBy(() -> Op.fromJson("{not json")).isInstanceOf(InvalidOpException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void theCreationOfAnItemCarriesNoQuantityAndItsFieldsAreChecked() {
        String created = Op.itemCreated(stamp(1), ITEM, rice()).toJson();
        assertThat(created).doesNotContain("quantity");
        assertThatThrownBy(() -> Op.fromJson(created.replace("\"unit\":\"g\",", ""))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("\"unit\" is missing");
        assertThatThrownBy(() -> Op.fromJson(created.replace("2026-12-01", "tomorrow"))).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> Op.fieldSet(stamp(2), ITEM, "unit", "kg")).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("the unit never changes");
        assertThatThrownBy(() -> Op.fieldSet(stamp(2), ITEM, "opened", "yes")).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("true or false");
    }

    @Test
    void theDeviceMustBeTheDeviceOfTheClockAndPlanSlotsLookLikeSlots() {
        Op op = Op.itemRemoved(stamp(1), ITEM);
        assertThatThrownBy(() -> new Op(op.opId(), op.hlc(), UUID.randomUUID(), op.entity(), op.entityId(), op.kind(), op.payload()))
                .isInstanceOf(InvalidOpException.class).hasMessageContaining("is not the device of its hlc");
        assertThatThrownBy(() -> Op.planSet(stamp(2), "lunch", "recipe", "soup")).isInstanceOf(InvalidOpException.class)
                .hasMessageContaining("2026-12-01/lunch");
    }
}
