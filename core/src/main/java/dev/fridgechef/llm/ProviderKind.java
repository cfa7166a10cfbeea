package dev.fridgechef.llm;

import java.util.Locale;

/** The wire formats Fridge Chef speaks, each through its Langchain4j module. */
public enum ProviderKind {
    /** OpenAI and any OpenAI-compatible endpoint (OpenRouter, local servers). */
    OPENAI,
    GEMINI,
    ANTHROPIC,
    OLLAMA;

    /** The kind named in a config file ("openai", "Gemini" ...); anything else names the file. */
    public static ProviderKind parse(String text, java.nio.file.Path configFile) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.fridgechef.i18n.UserException("error.llm.kind", text, configFile);
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
