package dev.fridgechef.text;

import dev.fridgechef.Lazy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The embedding model that is installed, if any: an {@link EmbedderProvider} on the class path (the
 * server, tests), else one in the jars of the {@code embeddings} folder beside the jar that holds
 * core — {@code lib/embeddings} of the CLI and the desktop app, which their build and the optional
 * package fridge-chef-embeddings fill — through a class loader of its own, so that the app's class
 * path does not carry the model and the ONNX runtime. Looked for once per process, on first need:
 * a native library (the ONNX runtime's) can belong to one class loader only.
 */
final class InstalledEmbedder {
    private static final Logger LOG = LoggerFactory.getLogger(InstalledEmbedder.class);
    private static final Lazy<Optional<EmbedderProvider>> PROVIDER =
            new Lazy<>(() -> find(EmbedderProvider.class.getClassLoader(), besideCore()));

    private InstalledEmbedder() {
    }

    /** A newly loaded model from the installed provider; empty when none is installed or it does not load (an optional part must not break the app). */
    static Optional<TextSimilarity.Embedder> load() {
        try {
            return PROVIDER.get().map(provider -> withContextLoader(provider.getClass().getClassLoader(), provider::load));
        } catch (RuntimeException | LinkageError | java.util.ServiceConfigurationError e) {
            LOG.warn("the embedding model did not load, texts are taken as the same only when equal after normalisation", e);
            return Optional.empty();
        }
    }

    static Optional<EmbedderProvider> find(ClassLoader classPath, Optional<Path> folder) {
        Optional<EmbedderProvider> onClassPath = ServiceLoader.load(EmbedderProvider.class, classPath).findFirst();
        if (onClassPath.isPresent()) return onClassPath;
        List<URL> jars = folder.map(InstalledEmbedder::jarsIn).orElse(List.of());
        if (!jars.isEmpty()) {
            var loader = new URLClassLoader("embeddings", jars.toArray(URL[]::new), EmbedderProvider.class.getClassLoader());
            Optional<EmbedderProvider> inFolder = ServiceLoader.load(EmbedderProvider.class, loader).findFirst();
            if (inFolder.isPresent()) {
                LOG.info("embedding model from {}", folder.get());
                return inFolder;
            }
        }
        LOG.info("no embedding model installed: texts are taken as the same only when equal after normalisation");
        return Optional.empty();
    }

    /** {@code embeddings} beside the jar core was loaded from; empty when core is a folder of classes (a build's tests). */
    private static Optional<Path> besideCore() {
        CodeSource source = InstalledEmbedder.class.getProtectionDomain().getCodeSource();
        if (source == null) return Optional.empty();
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location.resolveSibling("embeddings")) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<URL> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().map(InstalledEmbedder::url).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    /** langchain4j reads the model file from its jar through the thread's context class loader: without this, not from the folder's jars. */
    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
