package dev.fridgechef.plan;

import dev.fridgechef.Json;
import okhttp3.mockwebserver.MockResponse;

/** What a model answers in the tests: a plan in the AI planner's schema, wrapped in OpenAI's chat-completion format. */
public final class FakeModelAnswers {
    /**
     * One day of lunch and dinner, chicken and rice: about 1,746 kcal from the food database (the
     * target for these meals of the tests' 80 kg man is 1,768). The "kcal" the model adds is never trusted.
     */
    public static final String CHICKEN_RICE_PLAN = """
            {"days": [{"date": "2026-11-25", "meals": [
              {"meal": "lunch", "title": "Chicken with rice", "kcal": 99999, "ingredients": [
                {"food_id": "05062", "food": "chicken breast", "grams": 250}, {"food": "rice", "grams": 150},
                {"food": "olive oil", "grams": 15}]},
              {"meal": "dinner", "title": "Chicken rice bowl", "ingredients": [
                {"food_id": "05062", "grams": 200}, {"food": "rice", "grams": 120}, {"food": "olive oil", "grams": 15}]}]}]}""";

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
