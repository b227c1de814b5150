package org.reactions.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Knowledge is loaded once per run and handed to the stages (pipeline.Knowledge), never by a class as the JVM loads
 * it: a static initializer or static field that reads a data file or a model would read it again behind the run's
 * back, in every JVM that touches the class, and fail far from any file the user named. So initializing any class of
 * src/main/java, each in a class loader of its own that records what is asked of it, must read no resource.
 */
class NoStaticLoadingTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    @Test
    void noClassReadsAResourceAsItIsInitialized() throws IOException {
        List<String> reads = new ArrayList<>();
        for (String name : classNames(CLASSES)) {
            reads.addAll(resourcesReadInitializing(name, CLASSES));
        }
        assertEquals(List.of(), reads, "load these in the run's Knowledge and hand them to the stages");
    }

    @Test
    void aStaticFieldThatReadsADataFileIsCaught() throws IOException {
        assertEquals(List.of(StaticLoading.class.getName() + " reads " + Negators.FILE),
                resourcesReadInitializing(StaticLoading.class.getName(), CLASSES, TEST_CLASSES));
    }

    /** What this test must catch. */
    static final class StaticLoading {
        static final List<DataRow> ROWS = DataFiles.resource(Negators.FILE, 1);

        private StaticLoading() {
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
    }

    /** The resources that initializing the class reads, as "CLASS reads RESOURCE". */
    private static List<String> resourcesReadInitializing(String name, Path... classes) throws MalformedURLException {
        try (Recording loader = new Recording(classes)) {
            try {
                Class.forName(name, true, loader);
            } catch (ExceptionInInitializerError | NoClassDefFoundError | ClassNotFoundException e) {
                return List.of(name + " cannot be initialized: " + e);
            }
            return loader.resources.stream().map(resource -> name + " reads " + resource).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads the project's classes itself, not from its parent, and records every resource asked of it. */
    private static final class Recording extends URLClassLoader {
        final List<String> resources = new ArrayList<>();

        Recording(Path... roots) throws MalformedURLException {
            super(urls(roots), NoStaticLoadingTest.class.getClassLoader());
        }

        private static URL[] urls(Path... roots) throws MalformedURLException {
            URL[] urls = new URL[roots.length];
            for (int i = 0; i < roots.length; i++) {
                urls[i] = roots[i].toUri().toURL();
            }
            return urls;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.reactions.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }

        @Override
        public URL getResource(String name) {
            resources.add(name);
            return super.getResource(name);
        }
    }
}
