package dev.fridgechef.analysis;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.Sex;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Spot checks of the authored table against the DRI summary tables it cites. */
class ReferenceIntakesTest {
    private final ReferenceIntakes table = ReferenceIntakes.load();

    private Reference of(Sex sex, int age, Nutrient n) {
        return table.forPerson(sex, age, null, 2000).get(n);
    }

    @Test
    void theBandsFollowSexAndAge() {
        assertThat(of(Sex.FEMALE, 16, Nutrient.IRON).amount()).isEqualTo(15);
        assertThat(of(Sex.FEMALE, 30, Nutrient.IRON).amount()).isEqualTo(18);
        assertThat(of(Sex.FEMALE, 51, Nutrient.IRON).amount()).isEqualTo(8);
        assertThat(of(Sex.MALE, 18, Nutrient.IRON).amount()).isEqualTo(11);
        assertThat(of(Sex.FEMALE, 50, Nutrient.CALCIUM).amount()).isEqualTo(1000);
        assertThat(of(Sex.FEMALE, 51, Nutrient.CALCIUM).amount()).isEqualTo(1200);
        assertThat(of(Sex.MALE, 70, Nutrient.CALCIUM).amount()).isEqualTo(1000);
        assertThat(of(Sex.MALE, 71, Nutrient.CALCIUM).high()).isEqualTo(2000.0);
        assertThat(of(Sex.MALE, 30, Nutrient.MAGNESIUM).amount()).isEqualTo(400);
        assertThat(of(Sex.MALE, 31, Nutrient.MAGNESIUM).amount()).isEqualTo(420);
        assertThat(of(Sex.FEMALE, 60, Nutrient.VITAMIN_B6).amount()).isEqualTo(1.5);
        assertThat(of(Sex.MALE, 25, Nutrient.POTASSIUM).kind()).isEqualTo(Reference.Kind.AI);
        assertThat(of(Sex.MALE, 25, Nutrient.POTASSIUM).amount()).isEqualTo(3400);
        assertThat(of(Sex.FEMALE, 25, Nutrient.VITAMIN_K).amount()).isEqualTo(90);
    }

    @Test
    void upperLimitsThatApplyOnlyToSupplementsAreNotUsedAndSodiumIsALimit() {
        assertThat(of(Sex.MALE, 40, Nutrient.MAGNESIUM).high()).isNull();
        assertThat(of(Sex.MALE, 40, Nutrient.VITAMIN_A_RAE).high()).isNull();
        assertThat(of(Sex.MALE, 40, Nutrient.FOLATE_DFE).high()).isNull();
        assertThat(of(Sex.MALE, 40, Nutrient.IRON).high()).isEqualTo(45.0);
        Reference sodium = of(Sex.FEMALE, 40, Nutrient.SODIUM);
        assertThat(sodium.kind()).isEqualTo(Reference.Kind.LIMIT);
        assertThat(sodium.low()).isNull();
        assertThat(sodium.high()).isEqualTo(2300.0);
    }

    @Test
    void everyMicronutrientWithADriHasAReferenceForEveryBandAndSex() {
        for (Sex sex : Sex.values()) {
            for (int age : new int[] {14, 18, 19, 30, 31, 50, 51, 70, 71, 99}) {
                Map<Nutrient, Reference> refs = table.forPerson(sex, age, null, 2000);
                assertThat(refs.keySet()).as(sex + " " + age).contains(Nutrient.CALCIUM, Nutrient.IRON, Nutrient.MAGNESIUM, Nutrient.PHOSPHORUS,
                        Nutrient.ZINC, Nutrient.SELENIUM, Nutrient.POTASSIUM, Nutrient.SODIUM, Nutrient.VITAMIN_C, Nutrient.THIAMIN,
                        Nutrient.RIBOFLAVIN, Nutrient.NIACIN, Nutrient.VITAMIN_B6, Nutrient.FOLATE_DFE, Nutrient.VITAMIN_B12,
                        Nutrient.VITAMIN_A_RAE, Nutrient.VITAMIN_E, Nutrient.VITAMIN_K, Nutrient.FIBER, Nutrient.SATURATED_FAT, Nutrient.SUGAR);
                assertThat(refs).doesNotContainKeys(Nutrient.CHOLESTEROL, Nutrient.WATER);
            }
        }
        assertThat(table.forPerson(Sex.FEMALE, 13, null, 2000)).doesNotContainKey(Nutrient.IRON);
    }
}
