package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllergenTest {
    @Test
    void coversTheEu14AndUs9MajorAllergens() {
        List<String> eu14 = List.of("gluten", "crustaceans", "eggs", "fish", "peanuts", "soy", "milk", "tree-nuts", "celery",
                "mustard", "sesame", "sulphites", "lupin", "molluscs");
        List<String> us9 = List.of("milk", "eggs", "fish", "shellfish", "tree nuts", "peanuts", "wheat", "soybeans", "sesame");
        EnumSet<Allergen> parsed = EnumSet.noneOf(Allergen.class);
        for (String a : eu14) parsed.add(Allergen.parse(a));
        for (String a : us9) parsed.add(Allergen.parse(a));
        assertThat(parsed).hasSize(15).isEqualTo(EnumSet.allOf(Allergen.class));
    }

    @Test
    void readsRussianNamesAndRefusesUnknownOnes() {
        assertThat(Allergen.parse("арахис")).isEqualTo(Allergen.PEANUTS);
        assertThat(Allergen.parse("Молоко")).isEqualTo(Allergen.MILK);
        assertThatThrownBy(() -> Allergen.parse("pollen")).isInstanceOf(UserException.class).hasMessageContaining("pollen");
    }
}
