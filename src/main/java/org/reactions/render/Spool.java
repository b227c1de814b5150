package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of JSON objects, one per line, for parts of a report that are written before the part that
 * must come first in the output (the summary). Keeps memory flat however large the corpus.
 */
final class Spool implements AutoCloseable {
    interface Element {
        void write(JsonGenerator generator) throws IOException;
    }

    private final Path file;
    private final BufferedWriter writer;

    Spool(String name) throws IOException {
        this.file = Files.createTempFile("reactions-" + name + "-", ".jsonl");
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void add(Element element) throws IOException {
        try (JsonGenerator g = JsonFormat.compact(writer)) {
            element.write(g);
        }
        writer.write('\n');
    }

    /** Writes every spooled object, in order, as elements of the array the generator has open. */
    void copyTo(JsonGenerator generator) throws IOException {
        writer.flush();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = JsonFormat.MAPPER.readTree(line);
                generator.writeTree(node);
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
