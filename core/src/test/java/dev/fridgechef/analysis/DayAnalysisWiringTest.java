package dev.fridgechef.analysis;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis as the composition root builds it: over the stored profile, stock and recipe library. */
class DayAnalysisWiringTest {
    @TempDir
    Path dir;

    @Test
    void theDayIsAnalysedAgainstTheStoredProfileAndTheFixesComeFromTheStoredStock() {
        try (FridgeChef app = TestStores.open(dir)) {
            app.profiles().update(new ProfileUpdate(Sex.FEMALE, 1991, null, 165.0, 60.0, dev.fridgechef.profile.ActivityLevel.SEDENTARY, null,
                    null, null, null, null, null));
            app.inventory().add(ItemDraft.of("beef liver", "400", "g").withExpires("+10d"));
            DayAnalysis a = app.dayAnalyzer().analyze(app.profiles().get(), DayAnalyzerTest.DAY, DayAnalyzerTest.DAY_EATEN);

            assertThat(a.result(Nutrient.ENERGY).orElseThrow().reference().amount()).isCloseTo(1554.3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(a.result(Nutrient.VITAMIN_B12).orElseThrow().fixes()).first()
                    .satisfies(s -> assertThat(s.source()).isEqualTo(DayAnalysis.Suggestion.Source.STOCK))
                    .satisfies(s -> assertThat(s.name().en()).isEqualTo("beef liver"));
            NarrativeWriter.Narrative n = app.narrativeWriter().write(a, Locale.ENGLISH);
            assertThat(n.fromModel()).isFalse();
            assertThat(n.text()).isEqualTo(OfflineSummary.text(a, Messages.english()));
        }
    }
}
