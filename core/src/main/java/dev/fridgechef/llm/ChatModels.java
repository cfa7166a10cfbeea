package dev.fridgechef.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.time.Duration;

/** Builds the Langchain4j chat model for a provider: JSON answers, a token limit, our HTTP client, no hidden retries. */
final class ChatModels {
    private ChatModels() {
    }

    /** The streaming twin, for chat answers shown as they are written. */
    static StreamingChatModel createStreaming(ProviderSettings p, Duration timeout, int maxTokens) {
        var http = ProviderHttpClient.builder(timeout);
        return switch (p.kind()) {
            case OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(timeout).maxTokens(maxTokens).build();
            case GEMINI -> GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(timeout).maxOutputTokens(maxTokens).build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(timeout).maxTokens(maxTokens).build();
            case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).modelName(p.model())
                    .timeout(timeout).numPredict(maxTokens).build();
        };
    }

    static ChatModel create(ProviderSettings p, Duration timeout, int maxTokens) {
        var http = ProviderHttpClient.builder(timeout);
        return switch (p.kind()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(timeout).maxRetries(0).maxTokens(maxTokens).responseFormat(ResponseFormat.JSON)
                    .strictJsonSchema(true).build();
            case GEMINI -> GoogleAiGeminiChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(timeout).maxRetries(0).maxOutputTokens(maxTokens).responseFormat(ResponseFormat.JSON).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(timeout).maxRetries(0).maxTokens(maxTokens).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(http).baseUrl(p.baseUrl()).modelName(p.model())
                    .timeout(timeout).maxRetries(0).numPredict(maxTokens).responseFormat(ResponseFormat.JSON).build();
        };
    }
}
