package dev.fridgechef.supplements;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileHash;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The health record in the store, and the advice the app builds from what is stored. */
class SupplementHealthStoreTest {
    @TempDir
    Path dir;
    private FridgeChef app;

    @BeforeEach
    void open() {
        app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), new MovableClock(Instant.parse("2026-11-30T10:00:00Z")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void conditionsAndMedicationsAreKeptChangedAndClearedApart() {
        assertThat(app.health().get()).isEqualTo(HealthRecord.EMPTY);
        app.health().update(Set.of(Condition.PREGNANCY), Set.of(Medication.ANTICOAGULANT));
        assertThat(app.health().update(null, Set.of(Medication.PPI, Medication.METFORMIN)))
                .isEqualTo(new HealthRecord(Set.of(Condition.PREGNANCY), Set.of(Medication.PPI, Medication.METFORMIN)));
        assertThat(app.health().update(Set.of(), null)).isEqualTo(new HealthRecord(Set.of(), Set.of(Medication.PPI, Medication.METFORMIN)));
        assertThat(app.health().get().conditions()).isEmpty();
    }

    @Test
    void healthDataLeavesTheProfileAndItsHashAlone() {
        Profile p = app.profiles().update(new ProfileUpdate(Sex.MALE, null, 30, 180.0, 80.0, ActivityLevel.ACTIVE, null, null, Diet.VEGAN,
                null, null, null));
        String hash = ProfileHash.of(p);
        app.health().update(Set.of(Condition.KIDNEY_DISEASE), Set.of(Medication.MAOI));
        assertThat(ProfileHash.of(app.profiles().get())).isEqualTo(hash);
    }

    @Test
    void theAppAdvisesFromTheStoredProfileAndHealth() {
        app.profiles().update(new ProfileUpdate(Sex.MALE, null, 30, 180.0, 80.0, ActivityLevel.ACTIVE, null, null, Diet.VEGAN,
                null, null, null));
        assertThat(SupplementFixtures.suggestedIds(app.supplements().advise())).contains("creatine", "caffeine", "vitamin-b12");

        app.health().update(Set.of(Condition.KIDNEY_DISEASE, Condition.ANXIETY_INSOMNIA), null);
        Advice advice = app.supplements().advise();
        assertThat(SupplementFixtures.suggestedIds(advice)).doesNotContain("creatine", "caffeine").contains("vitamin-b12");
        assertThat(SupplementFixtures.excludedIds(advice)).contains("creatine", "caffeine", "protein");
    }
}
