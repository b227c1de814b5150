package org.reactions.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the knowledge files: UTF-8, one entry a line, columns separated by tabs, '#' starts a comment line,
 * '-' marks an empty column and '|' separates the items of a list column. A malformed line stops loading
 * with its file and line number, so a typo in a data file never silently drops knowledge.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /** Reads a file bundled under {@code src/main/resources}. */
    public static List<DataRow> resource(String name, int columns) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new KnowledgeException(name + ": bundled data file is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(name, reader, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user's file (the same format as the bundled one it extends). */
    public static List<DataRow> file(Path path, int columns) {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.toString(), reader, columns);
        } catch (IOException e) {
            throw new KnowledgeException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static List<DataRow> parse(String source, BufferedReader reader, int columns) throws IOException {
        List<DataRow> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split("\t", -1));
            DataRow row = new DataRow(source, number, fields);
            if (fields.size() != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + fields.size());
            }
            for (String field : fields) {
                if (field.isBlank() || !field.equals(field.strip())) {
                    throw row.error("empty column or stray spaces around '" + field + "' (use - for an empty column)");
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
