package dev.fridgechef.plan;

import dev.fridgechef.Json;
import okhttp3.mockwebserver.MockResponse;

/** What a model answers in the tests: a plan in the AI planner's schema, wrapped in OpenAI's chat-completion format. */
public final class FakeModelAnswers {
    /**
     * A model's dishes for one day of lunch and dinner around the tests' chicken and rice: two new
     * dishes given as database foods with grams per serving. The "kcal" it adds is never read: the
     * optimiser sets the portions and the food database the nutrition.
     */
    public static final String CHICKEN_RICE_PLAN = """
            {"dishes": [
              {"day": 1, "meal": "lunch", "recipe_id": "", "title_en": "Chicken with rice", "title_ru": "Курица с рисом", "kcal": 99999,
               "ingredients": [{"food_id": "05062", "grams_per_serving": 70}, {"food_id": "20044", "grams_per_serving": 100},
                               {"food_id": "04053", "grams_per_serving": 12}],
               "steps": ["Cook the rice.", "Fry the chicken in the oil and serve on the rice."], "active_minutes": 25},
              {"day": 1, "meal": "dinner", "recipe_id": "", "title_en": "Chicken rice bowl", "title_ru": "Боул с курицей и рисом",
               "ingredients": [{"food_id": "05062", "grams_per_serving": 80}, {"food_id": "20044", "grams_per_serving": 90},
                               {"food_id": "11529", "grams_per_serving": 100}, {"food_id": "04053", "grams_per_serving": 10}],
               "steps": ["Cook the rice.", "Grill the chicken, slice the tomato, put it all in a bowl."], "active_minutes": 20}]}""";

    /** The same two dishes for every day of {@code days} days. */
    public static String chickenRiceDays(int days) {
        StringBuilder out = new StringBuilder("{\"dishes\": [");
        for (int d = 1; d <= days; d++) {
            String one = CHICKEN_RICE_PLAN.substring(CHICKEN_RICE_PLAN.indexOf('[') + 1, CHICKEN_RICE_PLAN.lastIndexOf(']'))
                    .replace("\"day\": 1", "\"day\": " + d).replace("Chicken with rice", "Chicken with rice " + d)
                    .replace("Chicken rice bowl", "Chicken rice bowl " + d);
            out.append(d > 1 ? "," : "").append(one);
        }
        return out.append("]}").toString();
    }

    private FakeModelAnswers() {
    }

    /** A JSON string literal of {@code s}. */
    public static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of an OpenAI chat completion whose message is {@code content}. */
    public static String openAiBody(String content, long tokensIn, long tokensOut) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":" + tokensIn + ",\"completion_tokens\":" + tokensOut + ",\"total_tokens\":" + (tokensIn + tokensOut) + "}}";
    }

    /** An OpenAI answer of 1,000 tokens in and 500 out. */
    public static MockResponse openAi(String content) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(openAiBody(content, 1000, 500));
    }
}
