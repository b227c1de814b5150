package org.reactions.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a file's first bytes show it to be, for a file whose name says nothing (read by its content) and for a feed
 * whose name says otherwise than its content (read by its content, and said): a person who saves JSON Lines as
 * {@code .json}, or a web page as {@code .jsonl}, means what the file holds.
 */
final class ContentSniffing {
    /** how much of a file is read to tell a feed from text */
    private static final int SNIFFED_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WRAPPER_OPENING = Pattern.compile("\\{\\s*\"(" + String.join("|", FeedReader.WRAPPERS) + ")\"\\s*:\\s*\\[");
    private static final Pattern SECOND_OBJECT_LINE = Pattern.compile("\\n\\s*\\{");

    private ContentSniffing() {
    }

    /**
     * The format a file's first bytes show, for a file whose name says nothing: a JSON array, or an object holding one,
     * is a JSON feed; an object on its first line is a line of JSON Lines; anything else is text (a web page among
     * text is found by DocumentReader).
     */
    static InputFormat sniffed(Path file) {
        Head head = head(file);
        return head == null ? InputFormat.TEXT : feedFormat(head.text(), head.whole());
    }

    /**
     * A feed named {@code .json} or {@code .jsonl} read as its content shows when that differs, with a problem line
     * that says so: JSON Lines named {@code .json}, a JSON array named {@code .jsonl}, a web page or text named either.
     * Any other file, and one that cannot be read (reading it names the error), keeps the format its name gives.
     */
    static InputFormat checked(Path file, String shown, InputFormat named, List<String> problems) {
        if (!named.isFeed()) {
            return named;
        }
        Head head = head(file);
        if (head == null || head.text().isBlank()) {
            return named;
        }
        InputFormat content = head.text().startsWith("<") ? InputFormat.HTML : feedFormat(head.text(), head.whole());
        if (content == InputFormat.JSONL && named == InputFormat.JSON && !SECOND_OBJECT_LINE.matcher(head.text()).find()) {
            content = InputFormat.JSON; // one object on one line is JSON as much as it is JSON Lines
        }
        if (content != named) {
            problems.add(shown + ": read as " + describe(content) + ": that is what it holds, though its name says " + describe(named));
        }
        return content;
    }

    static String describe(InputFormat format) {
        return switch (format) {
            case JSON -> "a JSON feed";
            case JSONL -> "a JSON Lines feed";
            case HTML -> "a web page";
            case TEXT -> "text";
        };
    }

    /** A file's first bytes as text (a byte-order mark and leading blanks removed), and whether they are all of it. */
    private record Head(String text, boolean whole) {
    }

    /** The head of a file, or null when it cannot be read. */
    private static Head head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SNIFFED_BYTES);
            return new Head(new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading(), bytes.length < SNIFFED_BYTES);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** JSON, JSON Lines or text, by the opening of the text ({@code whole}: the text is the whole file). */
    private static InputFormat feedFormat(String text, boolean whole) {
        if (text.startsWith("[")) {
            return InputFormat.JSON;
        }
        if (!text.startsWith("{")) {
            return InputFormat.TEXT;
        }
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 && !whole) { // a first line longer than what was read: its opening tells
            return WRAPPER_OPENING.matcher(text).lookingAt() ? InputFormat.JSON : InputFormat.JSONL;
        }
        try {
            JsonNode first = JSON.readTree(lineEnd < 0 ? text : text.substring(0, lineEnd));
            boolean wrapper = FeedReader.WRAPPERS.stream().anyMatch(name -> first.path(name).isArray());
            return wrapper ? InputFormat.JSON : InputFormat.JSONL; // a whole object on the first line: an article, or the wrapper
        } catch (JsonProcessingException e) {
            return InputFormat.JSON; // an object over many lines: a wrapper ({"articles": [...]})
        }
    }
}
