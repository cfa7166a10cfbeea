package dev.fridgechef.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import dev.fridgechef.text.EmbedderProvider;
import dev.fridgechef.text.TextSimilarity;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * all-MiniLM-L6-v2 through langchain4j, for {@link TextSimilarity}: registered in
 * META-INF/services, loaded by core only on its first comparison that needs a model.
 */
public final class MiniLm implements EmbedderProvider {
    @Override
    public TextSimilarity.Embedder load() {
        // ONNX keeps one environment per process and langchain4j takes the existing one; made here first at
        // ERROR level, session creation no longer prints its WARNING lines ("Removing initializer ...") on stderr
        OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        return text -> model.embed(text).content().vector();
    }
}
