package dev.fridgechef.photo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.text.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vision model's answer as read: every name cleaned of what a model must not print
 * ({@link SafeText#fromModelLine}), at most {@value PhotoPrompt#MAX_DISHES} dishes of
 * {@value PhotoPrompt#MAX_COMPONENTS} components, grams held to {@value PhotoPrompt#MIN_GRAMS}–{@value PhotoPrompt#MAX_GRAMS};
 * a component without a name or a weight is left out.
 */
record PhotoAnswer(boolean food, List<Dish> dishes) {
    record Dish(String nameEn, String nameRu, List<Component> components) {
    }

    /** {@code foodId}: the model's hint, "" when it gave none. */
    record Component(String name, String foodId, double grams) {
    }

    /** The answer in {@code text}, or empty when it is not the JSON asked for. */
    static Optional<PhotoAnswer> read(String text, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(dev.fridgechef.text.SafeText.withoutCodeFence(text));
        } catch (Exception e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("is_food").isBoolean()) return Optional.empty();
        if (!root.path("is_food").asBoolean()) return Optional.of(new PhotoAnswer(false, List.of()));
        List<Dish> dishes = new ArrayList<>();
        for (JsonNode d : root.path("dishes")) {
            if (dishes.size() == PhotoPrompt.MAX_DISHES) break;
            List<Component> components = new ArrayList<>();
            for (JsonNode c : d.path("components")) {
                if (components.size() == PhotoPrompt.MAX_COMPONENTS) break;
                String name = SafeText.fromModelLine(c.path("name").asText(""), 80);
                double grams = c.path("grams").isNumber() ? c.path("grams").asDouble() : Double.NaN;
                if (name.isEmpty() || !Double.isFinite(grams) || grams <= 0) continue;
                grams = Math.max(PhotoPrompt.MIN_GRAMS, Math.min(PhotoPrompt.MAX_GRAMS, Math.round(grams)));
                components.add(new Component(name, SafeText.fromModelLine(c.path("food_id").asText(""), 12), grams));
            }
            if (components.isEmpty()) continue;
            String en = SafeText.fromModelLine(d.path("name_en").asText(""), 80);
            String ru = SafeText.fromModelLine(d.path("name_ru").asText(""), 80);
            if (en.isEmpty()) en = ru.isEmpty() ? components.get(0).name() : ru;
            dishes.add(new Dish(en, ru.isEmpty() ? en : ru, List.copyOf(components)));
        }
        return Optional.of(new PhotoAnswer(true, List.copyOf(dishes)));
    }

}
