package org.reactions.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.reactions.knowledge.CountryCode;

/**
 * Reads annotated statements for training: the stance corpus's JSON Lines files ({@code data/stance/*.jsonl}, one
 * statement with its sentence and the sentence before a line) and gold files in the format of
 * {@code ../shared/eval/} ({@code {"documents": {id: {"statements": [...]}}}}), whose documents are the files
 * {@code id.txt} of an articles folder.
 */
public final class StanceCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StanceCorpus() {
    }

    /**
     * The documents of one annotation file.
     *
     * @param articles a folder of gold files' documents, looked in first (then {@code articles/} beside the gold file), or null
     * @throws IllegalArgumentException with a one-line message naming the file and what is wrong in it
     */
    public static List<GoldDocument> read(Path file, Path articles) {
        try {
            return file.getFileName().toString().endsWith(".jsonl") ? corpusLines(file) : goldFile(file, articles);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static List<GoldDocument> corpusLines(Path file) throws IOException {
        List<GoldDocument> documents = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + number;
            JsonNode s = parse(line, where);
            String context = text(s, "context", where, true);
            String sentence = text(s, "sentence", where, false);
            String text = context.isEmpty() ? sentence : context + " " + sentence;
            int start = text.length() - sentence.length();
            documents.add(new GoldDocument(where, text(s, "crisis", where, false), text(s, "url", where, true), text,
                    List.of(statement(s, start, text.length(), where))));
        }
        return documents;
    }

    private static List<GoldDocument> goldFile(Path file, Path articles) throws IOException {
        JsonNode root = parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        JsonNode documents = root.path("documents");
        if (!documents.isObject()) {
            throw new IllegalArgumentException(file + ": no \"documents\" object (the gold format of GUIDELINES.md)");
        }
        String group = file.toAbsolutePath().getParent().getFileName().toString();
        Path beside = file.toAbsolutePath().getParent().resolve("articles");
        List<GoldDocument> read = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = documents.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey() + ".txt";
            Path article = articles != null && Files.isRegularFile(articles.resolve(name)) ? articles.resolve(name) : beside.resolve(name);
            if (!Files.isRegularFile(article)) {
                throw new IllegalArgumentException(file + ": document " + entry.getKey() + ": no " + name + " in "
                        + (articles == null ? "" : articles + " or ") + beside);
            }
            String text = Files.readString(article, StandardCharsets.UTF_8);
            List<GoldStatement> statements = new ArrayList<>();
            int n = 0;
            for (JsonNode s : entry.getValue().path("statements")) {
                String where = file + ": " + entry.getKey() + " statement " + ++n;
                if (s.path("required").asBoolean(true)) {
                    int[] span = Anchors.find(text, text(s, "anchor", where, false), where);
                    statements.add(statement(s, span[0], span[1], where));
                }
            }
            read.add(new GoldDocument(entry.getKey(), group, null, text, statements));
        }
        return read;
    }

    private static GoldStatement statement(JsonNode s, int start, int end, String where) {
        return new GoldStatement(start, end, text(s, "speaker", where, false), text(s, "speakerType", where, true),
                code(text(s, "country", where, false), where), "direct".equals(s.path("mode").asText()), strings(s, "labels", where),
                strings(s, "targets", where).stream().map(target -> code(target, where)).toList());
    }

    private static CountryCode code(String written, String where) {
        if (!CountryCode.wellFormed(written)) {
            throw new IllegalArgumentException(where + ": country code must be two upper-case letters, found '" + written + "'");
        }
        return CountryCode.of(written);
    }

    private static JsonNode parse(String json, String where) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String text(JsonNode s, String field, String where, boolean optional) {
        JsonNode value = s.get(field);
        if (value == null || value.isNull()) {
            if (optional) {
                return "";
            }
            throw new IllegalArgumentException(where + ": no \"" + field + "\"");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode s, String field, String where) {
        JsonNode value = s.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array");
        }
        List<String> strings = new ArrayList<>();
        value.forEach(v -> strings.add(v.asText()));
        return strings;
    }

    /** Reads every file, failing on the first bad one. */
    public static List<GoldDocument> readAll(List<Path> files, Path articles) {
        List<GoldDocument> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file, articles));
        }
        return all;
    }
}
