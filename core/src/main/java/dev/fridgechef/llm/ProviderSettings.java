package dev.fridgechef.llm;

/**
 * One configured model, and the model of the same provider that reads photos ({@code visionModel}:
 * "vision_model" in llm.json; the chat model where none is set). Prices are US dollars per million tokens in and out (used for routing,
 * cheapest first, and for the usage ledger). The key is never printed: {@link #toString()} hides it.
 */
public record ProviderSettings(String name, ProviderKind kind, String baseUrl, String model, String apiKey,
                               double inputPricePerMillion, double outputPricePerMillion, int requestsPerMinute, long tokensPerMinute,
                               String visionModel) {
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 30;
    public static final long DEFAULT_TOKENS_PER_MINUTE = 200_000;

    public ProviderSettings {
        if (visionModel == null || visionModel.isBlank()) visionModel = model;
    }

    /** With the chat model reading photos too. */
    public ProviderSettings(String name, ProviderKind kind, String baseUrl, String model, String apiKey,
                            double inputPricePerMillion, double outputPricePerMillion, int requestsPerMinute, long tokensPerMinute) {
        this(name, kind, baseUrl, model, apiKey, inputPricePerMillion, outputPricePerMillion, requestsPerMinute, tokensPerMinute, model);
    }

    /** With the default rate limits. */
    public ProviderSettings(String name, ProviderKind kind, String baseUrl, String model, String apiKey,
                            double inputPricePerMillion, double outputPricePerMillion) {
        this(name, kind, baseUrl, model, apiKey, inputPricePerMillion, outputPricePerMillion, DEFAULT_REQUESTS_PER_MINUTE,
                DEFAULT_TOKENS_PER_MINUTE);
    }

    /** The same provider answering with its vision model (at the same prices). */
    public ProviderSettings forVision() {
        return new ProviderSettings(name, kind, baseUrl, visionModel, apiKey, inputPricePerMillion, outputPricePerMillion, requestsPerMinute,
                tokensPerMinute, visionModel);
    }

    /** Cost of one call in dollars. */
    public double cost(long tokensIn, long tokensOut) {
        return (tokensIn * inputPricePerMillion + tokensOut * outputPricePerMillion) / 1_000_000;
    }

    /** Price of a typical plan request (6k tokens in, 2k out), for ordering the chain. */
    double typicalCost() {
        return cost(6000, 2000);
    }

    @Override
    public String toString() {
        return "ProviderSettings[name=" + name + ", kind=" + kind.key() + ", baseUrl=" + baseUrl + ", model=" + model
                + ", visionModel=" + visionModel + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "none" : "set") + "]";
    }
}
