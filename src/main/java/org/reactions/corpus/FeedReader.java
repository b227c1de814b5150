package org.reactions.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The articles of a feed, one at a time as they are asked for: a JSON Lines feed is read line by line and a JSON
 * array item by item, so that a feed of any size is read in bounded memory. A line that is not JSON, or an article
 * without text, becomes a document with an error (named FILE:LINE) and the rest of the feed is read; a JSON array
 * broken in the middle ends where it breaks.
 */
final class FeedReader implements Iterator<PendingDocument>, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** the fields of an object that wraps a feed's array in the common export shapes: {"articles": [...]} */
    static final java.util.List<String> WRAPPERS = java.util.List.of("articles", "items", "data");

    private final InputStream in;
    private final String feedId;
    private final String path;
    private final CorpusOptions options;
    private final JsonParser arrayParser;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private byte[] line = new byte[8192];
    private int lineNumber;
    private boolean ended;
    private PendingDocument next;
    private int articles;
    /** the number of the current item of a JSON array, from 1 */
    private int item;

    FeedReader(InputStream in, String feedId, String path, InputFormat format, CorpusOptions options) throws IOException {
        this.in = in;
        this.feedId = feedId;
        this.path = path;
        this.options = options;
        this.arrayParser = format == InputFormat.JSON ? JSON.getFactory().createParser(in) : null;
    }

    /** Articles (good or bad) read so far. */
    int articles() {
        return articles;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = arrayParser != null ? nextItem() : nextLine();
            } catch (IOException e) {
                next = failing(lineNumber, "cannot read the feed further (" + DocumentReader.reason(e) + ")");
                ended = true;
            }
            if (next == null) {
                ended = true;
            } else {
                articles++;
            }
        }
        return next != null;
    }

    @Override
    public PendingDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PendingDocument article = next;
        next = null;
        return article;
    }

    private PendingDocument nextLine() throws IOException {
        while (true) {
            int length = readLine();
            if (length < 0) {
                return null;
            }
            lineNumber++;
            if (length > options.maxDocumentBytes()) {
                return failing(lineNumber, "article is over the --max-doc-bytes limit of " + options.maxDocumentBytes() + " bytes; skipped");
            }
            int start = lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF ? 3 : 0;
            if (isBlank(line, start, length)) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line, start, length - start);
            } catch (JsonProcessingException e) {
                return failing(lineNumber, "not valid JSON (each line of a JSON Lines feed is one article object)");
            }
            return FeedArticles.of(node, fallbackId(lineNumber), path + ":" + lineNumber, options);
        }
    }

    /**
     * Reads the next line into {@link #line}, without its line end, and returns its length, or -1 at the end of the
     * feed. A line over the size limit is read to its end but not kept, and its length is then over the limit.
     */
    private int readLine() throws IOException {
        long limit = options.maxDocumentBytes();
        int length = 0;
        long seen = 0;
        boolean lineEnd = false;
        while (!lineEnd) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled < 0) {
                    filled = 0;
                    if (seen == 0) {
                        return -1;
                    }
                    break;
                }
            }
            int end = position;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            lineEnd = end < filled;
            int chunk = end - position;
            if (seen + chunk <= limit) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * line.length, length + chunk)));
                }
                System.arraycopy(buffer, position, line, length, chunk);
                length += chunk;
            }
            seen += chunk + (lineEnd ? 1 : 0);
            position = lineEnd ? end + 1 : end;
        }
        long content = lineEnd ? seen - 1 : seen;
        if (content > limit) {
            return (int) Math.min(Integer.MAX_VALUE, content);
        }
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    }

    private PendingDocument nextItem() throws IOException {
        try {
            if (lineNumber == 0) {
                lineNumber = 1;
                if (!atArray()) {
                    ended = true;
                    return failing(1, "not a JSON array of articles (a .json feed is [{\"" + options.fields().text() + "\": ...}, ...], "
                            + "or an object holding that array as " + String.join(", ", WRAPPERS) + ")");
                }
            }
            JsonToken token = arrayParser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            item++;
            lineNumber = arrayParser.currentTokenLocation().getLineNr();
            long start = arrayParser.currentTokenLocation().getByteOffset();
            JsonNode node = arrayParser.readValueAsTree();
            if (arrayParser.currentLocation().getByteOffset() - start > options.maxDocumentBytes()) {
                return failingItem("article is over the --max-doc-bytes limit of " + options.maxDocumentBytes() + " bytes; skipped");
            }
            return FeedArticles.of(node == null ? JSON.nullNode() : node, fallbackId(item), itemLocation(), options);
        } catch (JsonProcessingException e) {
            ended = true;
            int where = e.getLocation() == null ? lineNumber : e.getLocation().getLineNr();
            return failing(where, "not valid JSON; the rest of the feed cannot be read");
        }
    }

    /**
     * Moves the parser to the start of the feed's array: the document's own array, or the array of the first
     * wrapper field of an object ({"articles": [...]}, {"items": [...]}, {"data": [...]}); false when there is none.
     */
    private boolean atArray() throws IOException {
        JsonToken first = arrayParser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return true;
        }
        if (first != JsonToken.START_OBJECT) {
            return false;
        }
        while (arrayParser.nextToken() == JsonToken.FIELD_NAME) {
            String name = arrayParser.currentName();
            JsonToken value = arrayParser.nextToken();
            if (value == JsonToken.START_ARRAY && WRAPPERS.contains(name)) {
                return true;
            }
            arrayParser.skipChildren();
        }
        return false;
    }

    /**
     * Where the current item of a JSON array is: its number from 1, which a one-line array's line cannot tell
     * ("feed.json[3]", the third article).
     */
    private String itemLocation() {
        return path + "[" + item + "]";
    }

    private PendingDocument failingItem(String reason) {
        return PendingDocument.failing(fallbackId(item), itemLocation(), reason);
    }

    private String fallbackId(int number) {
        return feedId + ":" + number;
    }

    private PendingDocument failing(int number, String reason) {
        return PendingDocument.failing(fallbackId(number), path + ":" + number, reason);
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        try (in) {
            if (arrayParser != null) {
                arrayParser.close();
            }
        }
    }
}
