package dev.fridgechef.text;

/**
 * A sentence embedding model for {@link TextSimilarity}. The optional module fridgechef-embeddings
 * provides one (all-MiniLM-L6-v2 on the ONNX runtime) and registers it in its
 * {@code META-INF/services}; {@link InstalledEmbedder} finds it on the first comparison that needs it.
 * An implementation needs a public no-argument constructor.
 */
public interface EmbedderProvider {
    /** Loads the model. */
    TextSimilarity.Embedder load();
}
