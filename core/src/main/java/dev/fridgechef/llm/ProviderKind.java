package dev.fridgechef.llm;

import java.util.Locale;

/** The wire formats Fridge Chef speaks, each through its Langchain4j module. */
public enum ProviderKind {
    /** OpenAI and any OpenAI-compatible endpoint (OpenRouter, local servers). */
    OPENAI,
    GEMINI,
    ANTHROPIC,
    OLLAMA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
