package dev.fridgechef.sync;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanMarks;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.PlanSlots;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.H2Outbox;
import dev.fridgechef.sync.store.PlanOps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plan slots between two devices of one account (and a third of another member) through the in-memory server. */
class PlanSyncTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 25);
    private static final PlanOptions THREE_DAYS = new PlanOptions(START, 3, List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER), false);

    @TempDir
    Path dir;
    private final List<FridgeChef> apps = new ArrayList<>();
    private final FakeServer server = new FakeServer();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    /** A device with the sample profile; {@code stock}: with the sample fridge too. */
    private FridgeChef device(String name, String account, boolean stock) {
        FridgeChef app = unlinked(name, stock);
        app.sync().linkTo("http://server", account);
        return app;
    }

    private FridgeChef unlinked(String name, boolean stock) {
        FridgeChef app = new FridgeChef(Store.open(dir.resolve(name).resolve("store")), TestFoods.get(), clock);
        apps.add(app);
        app.profiles().update(SampleData.profile());
        if (stock) for (ItemDraft d : SampleData.fridge()) app.inventory().add(d);
        return app;
    }

    @AfterEach
    void close() {
        apps.forEach(FridgeChef::close);
    }

    private DeviceSync.Report sync(FridgeChef app) {
        clock.advance(java.time.Duration.ofMillis(10));
        DeviceSync.Report report = new DeviceSync(app.sync(), new FakeTransport(server), 50, 40).sync();
        assertThat(report.result().synced()).isTrue();
        return report;
    }

    private static MealPlan.Meal meal(MealPlan plan, LocalDate day, MealType type) {
        return plan.plan().stream().filter(d -> d.date().equals(day)).flatMap(d -> d.meals().stream()).filter(m -> m.meal() == type)
                .findFirst().orElseThrow();
    }

    private static Map<String, Double> stock(FridgeChef app) {
        Map<String, Double> out = new TreeMap<>();
        for (StockEntry e : app.inventory().list()) out.merge(e.item().name(), e.item().quantity(), Double::sum);
        return out;
    }

    @Test
    void aPlanMadeOnOneDeviceIsThePlanOfTheAccountsOtherDevice() {
        FridgeChef a = device("a", "anna", true);
        FridgeChef b = device("b", "Anna", false);
        StoredPlan made = a.plans().plan(THREE_DAYS);
        sync(a);
        DeviceSync.Report pulled = sync(b);

        assertThat(pulled.planSlotsChanged()).isEqualTo(9);
        StoredPlan shown = b.plans().covering(START.plusDays(1)).orElseThrow();
        assertThat(shown.source()).startsWith(PlanSlots.SOURCE_PREFIX);
        MealPlan mine = made.plan();
        MealPlan theirs = shown.plan();
        assertThat(theirs.start()).isEqualTo(START);
        assertThat(theirs.days()).isEqualTo(3);
        assertThat(theirs.meals()).containsExactlyElementsOf(mine.meals());
        assertThat(theirs.people()).isEqualTo(mine.people());
        assertThat(theirs.energyTarget()).isEqualTo(mine.energyTarget());
        assertThat(theirs.proteinTarget()).isEqualTo(mine.proteinTarget());
        assertThat(theirs.warnings()).isEmpty();
        for (int d = 0; d < 3; d++) {
            MealPlan.Day day = mine.plan().get(d);
            MealPlan.Day other = theirs.plan().get(d);
            assertThat(other.date()).isEqualTo(day.date());
            assertThat(other.meals()).isEqualTo(day.meals());
            assertThat(other.energy()).isCloseTo(day.energy(), within(0.5));
            assertThat(other.protein()).isCloseTo(day.protein(), within(0.5));
            assertThat(other.fat()).isCloseTo(day.fat(), within(0.5));
            assertThat(other.carbohydrate()).isCloseTo(day.carbohydrate(), within(0.5));
        }
        assertThat(theirs.shopping()).extracting(MealPlan.ShoppingItem::foodId)
                .containsExactlyInAnyOrderElementsOf(mine.shopping().stream().map(MealPlan.ShoppingItem::foodId).toList());
        for (MealPlan.ShoppingItem item : mine.shopping()) {
            MealPlan.ShoppingItem same = theirs.shopping().stream().filter(i -> i.foodId().equals(item.foodId())).findFirst().orElseThrow();
            assertThat(same.grams()).isCloseTo(item.grams(), within(1.0));
            assertThat(same.unit()).isEqualTo(item.unit());
        }
        // the projection records nothing: no echo
        assertThat(new H2Outbox(b.sync().jdbi()).size()).isZero();
        // the same plan made again records nothing either: only slots whose value changed are sent
        StoredPlan again = a.plans().plan(new PlanOptions(START, 3, THREE_DAYS.meals(), true));
        assertThat(again.plan().plan()).isEqualTo(mine.plan());
        assertThat(new H2Outbox(a.sync().jdbi()).size()).isZero();
        assertThat(sync(a).planSlotsChanged()).isZero();
        assertThat(a.plans().covering(START).orElseThrow().id()).isEqualTo(made.id());
    }

    @Test
    void aMealCookedOnOneDeviceIsCookedOnTheOtherAndItsStockTakenOnce() {
        FridgeChef a = device("a", "anna", true);
        FridgeChef b = device("b", "anna", false);
        a.plans().plan(THREE_DAYS);
        sync(a);
        sync(b);
        assertThat(stock(b)).isEqualTo(stock(a));

        a.plannedCooking().cookPlanned(START, MealType.LUNCH);
        sync(a);
        assertThat(sync(b).planSlotsChanged()).isEqualTo(1);

        StoredPlan shown = b.plans().covering(START).orElseThrow();
        List<PlanMarks.CookedMeal> cooked = b.planMarks().cookedMeals(shown.id());
        assertThat(PlanMarks.isCooked(cooked, START, meal(shown.plan(), START, MealType.LUNCH))).isTrue();
        assertThat(PlanMarks.isCooked(cooked, START, meal(shown.plan(), START, MealType.DINNER))).isFalse();
        assertThat(stock(b)).isEqualTo(stock(a));
        assertThat(new H2Outbox(b.sync().jdbi()).size()).isZero();
    }

    @Test
    void aMealReplacedLaterWinsAndTheLoserIsHistory() {
        FridgeChef a = device("a", "anna", true);
        FridgeChef b = device("b", "anna", false);
        StoredPlan made = a.plans().plan(THREE_DAYS);
        LocalDate day2 = START.plusDays(1);
        a.plannedCooking().cookPlanned(START, MealType.BREAKFAST);
        sync(a);
        sync(b);

        StoredPlan onB = b.plans().covering(day2).orElseThrow();
        StoredPlan replaced = b.plans().replaceMeal(onB.id(), day2, MealType.LUNCH);
        String lunch = meal(replaced.plan(), day2, MealType.LUNCH).recipeId();
        String old = meal(made.plan(), day2, MealType.LUNCH).recipeId();
        assertThat(lunch).isNotEqualTo(old);
        // replacing re-counts the plan's stock and shopping: the slots that changed go out, and the replaced one among them
        assertThat(new H2Outbox(b.sync().jdbi()).pending(100)).extracting(Op::entityId).contains(day2 + "/lunch");
        sync(b);
        assertThat(sync(a).planSlotsChanged()).isPositive();

        StoredPlan onA = a.plans().covering(day2).orElseThrow();
        assertThat(onA.id()).isNotEqualTo(made.id());
        assertThat(meal(onA.plan(), day2, MealType.LUNCH).recipeId()).isEqualTo(lunch);
        assertThat(meal(onA.plan(), START, MealType.DINNER).recipeId()).isEqualTo(meal(made.plan(), START, MealType.DINNER).recipeId());
        assertThat(onA.plan().plan().get(1).meals()).isEqualTo(replaced.plan().plan().get(1).meals());
        // planning the same days again on A shows the household's plan rather than making one over B's change
        StoredPlan planned = a.plans().plan(THREE_DAYS);
        assertThat(planned.id()).isEqualTo(onA.id());
        assertThat(planned.cached()).isTrue();
        assertThat(a.plans().plan(new PlanOptions(START, 3, THREE_DAYS.meals(), true)).source()).as("--fresh makes one")
                .doesNotStartWith(PlanSlots.SOURCE_PREFIX);
        onA = a.plans().get(planned.id()).orElseThrow();
        // A's breakfast stays cooked on the plan that now shows
        assertThat(PlanMarks.isCooked(a.planMarks().cookedMeals(onA.id()), START, meal(onA.plan(), START, MealType.BREAKFAST))).isTrue();

        List<LostValue> lost = a.sync().jdbi().withHandle(h -> Replica.of(h.createQuery("SELECT op FROM sync_log WHERE entity = 'plan' "
                        + "AND entity_id = :id").bind("id", day2 + "/lunch").mapTo(String.class).map(Op::fromJson).list()))
                .history(Entity.PLAN, day2 + "/lunch");
        assertThat(lost).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("anna");
            assertThat(l.value().get("meal").get("recipeId").asText()).isEqualTo(old);
        });
    }

    @Test
    void daysTheLogDoesNotHaveComeFromThePlanHereWithTheirCookedMarks() {
        FridgeChef a = device("a", "anna", true);
        FridgeChef b = unlinked("b", true);
        StoredPlan own = b.plans().plan(THREE_DAYS);
        b.plannedCooking().cookPlanned(START, MealType.BREAKFAST);
        StoredPlan lastDay = b.plans().plan(new PlanOptions(START.plusDays(2), 1, List.of(MealType.LUNCH), false));
        b.sync().linkTo("http://server", "anna");
        LocalDate day2 = START.plusDays(1);
        StoredPlan annas = a.plans().plan(new PlanOptions(day2, 1, List.of(MealType.LUNCH, MealType.DINNER), false));
        sync(a);
        assertThat(sync(b).planSlotsChanged()).isEqualTo(2);

        StoredPlan shown = b.plans().covering(START).orElseThrow();
        assertThat(shown.id()).isNotEqualTo(own.id());
        assertThat(shown.plan().start()).isEqualTo(START);
        assertThat(shown.plan().days()).isEqualTo(3);
        assertThat(shown.plan().plan().get(0)).isEqualTo(own.plan().plan().get(0));
        assertThat(shown.plan().plan().get(1).meals()).isEqualTo(annas.plan().plan().get(0).meals());
        assertThat(shown.plan().plan().get(2)).as("the newest plan here for that day").isEqualTo(lastDay.plan().plan().get(0));
        assertThat(shown.plan().meals()).containsExactly(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER);
        assertThat(PlanMarks.isCooked(b.planMarks().cookedMeals(shown.id()), START, meal(shown.plan(), START, MealType.BREAKFAST))).isTrue();
    }

    @Test
    void anotherMembersPlanStaysInTheLog() {
        FridgeChef a = device("a", "anna", true);
        FridgeChef c = device("c", "boris", false);
        StoredPlan annas = a.plans().plan(THREE_DAYS);
        sync(a);
        assertThat(sync(c).planSlotsChanged()).isZero();
        assertThat(c.plans().covering(START)).isEmpty();

        StoredPlan boris = c.plans().plan(new PlanOptions(START, 2, List.of(MealType.LUNCH, MealType.DINNER), false));
        sync(c);
        assertThat(sync(a).planSlotsChanged()).isZero();
        assertThat(a.plans().covering(START).orElseThrow().id()).isEqualTo(annas.id());
        assertThat(c.plans().covering(START).orElseThrow().id()).isEqualTo(boris.id());
    }

    @Test
    void aSlotTooBigForTheServerIsNotRecordedAndTheOthersAre() {
        FridgeChef a = device("a", "anna", false);
        PlanOps ops = new PlanOps(a.sync(), new PlanSlots(TestFoods.get(), Json.mapper(), clock));
        String name = String.join("", Collections.nCopies(40, "long name "));
        List<MealPlan.IngredientUse> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) many.add(new MealPlan.IngredientUse("01123", name, name, 10, 0, 10));
        MealPlan.Meal huge = new MealPlan.Meal(MealType.LUNCH, "huge", "Huge", "Огромное", 1, 500, 20, many);
        MealPlan.Meal small = new MealPlan.Meal(MealType.DINNER, "small", "Small", "Маленькое", 1, 500, 20, many.subList(0, 1));
        MealPlan plan = new MealPlan(START, 1, List.of(MealType.LUNCH, MealType.DINNER), 2000, 100,
                List.of(new MealPlan.Day(START, List.of(huge, small), 1000, 40, 10, 10)), List.of(), List.of(), null);
        a.sync().jdbi().useTransaction(h -> ops.stored(h, plan));
        List<Op> recorded = new H2Outbox(a.sync().jdbi()).pending(100).stream().filter(o -> o.entity() == Entity.PLAN).toList();
        assertThat(recorded).extracting(Op::entityId).containsExactly(START + "/dinner");
        assertThat(recorded.get(0).toJson().length()).isLessThan(8 * 1024);
    }
}
