package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of JSON objects for parts of a report that are written before the part that must come first
 * in the output (the summary). Keeps memory flat however large the corpus. Each object is stored already
 * pretty-printed for its place in the report (with its line breaks as NUL characters, which JSON text never holds,
 * so that it fits on one line), and copied into the report as it is.
 */
final class Spool implements AutoCloseable {
    interface Element {
        void write(JsonGenerator generator) throws IOException;
    }

    /** the nesting of a spooled object in the report: an element of an array of the top-level object */
    private static final int DEPTH = 2;

    private final Path file;
    private final BufferedWriter writer;

    Spool(String name) throws IOException {
        this.file = Files.createTempFile("reactions-" + name + "-", ".jsonl");
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void add(Element element) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator g = JsonFormat.pretty(text, DEPTH)) {
            element.write(g);
        }
        writer.write(text.toString().replace('\n', '\0'));
        writer.write('\n');
    }

    /** Writes every spooled object, in order, as elements of the array the generator has open. */
    void copyTo(JsonGenerator generator) throws IOException {
        writer.flush();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                generator.writeRawValue(line.replace('\0', '\n'));
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
