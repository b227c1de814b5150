package org.reactions.render;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of one-line records, for the parts of a report that are written before the part that must come
 * first in the output (the summary). Keeps memory flat however large the corpus.
 */
final class Spool implements AutoCloseable {
    interface LineConsumer {
        void accept(String line) throws IOException;
    }

    private final Path file;
    private final BufferedWriter writer;

    /** @param name what it holds, for the temporary file's name */
    Spool(String name) throws IOException {
        this.file = Files.createTempFile("reactions-" + name + "-", ".spool");
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Adds a record, which must not hold a line break. */
    void add(String record) throws IOException {
        writer.write(record);
        writer.write('\n');
    }

    /** Hands every record over, in the order they were added. */
    void forEach(LineConsumer consumer) throws IOException {
        writer.flush();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                consumer.accept(line);
            }
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
