package org.reactions.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one document: enforces the size cap, detects the encoding (UTF-8, or UTF-16 with a byte-order mark;
 * text that is not valid UTF-8 is decoded as Windows-1252, with a warning), rejects binary files, and reads
 * the optional leading {@code date YYYY-MM-DD} line of a text file; of a web page, it keeps the article
 * ({@link HtmlArticle}).
 */
public final class DocumentReader {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?![\\w-])[ \\t]*(?:\\r\\n|\\r|\\n)?");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;
    private final HtmlBoilerplate boilerplate;
    private final InputStream stdin;

    public DocumentReader(long maxBytes, HtmlBoilerplate boilerplate, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.boilerplate = boilerplate;
        this.stdin = stdin;
    }

    public SourceDocument read(DocumentSource source) throws UnreadableDocumentException {
        return decodeDocument(source, source.isStdin() ? readStdin() : readFile(Path.of(source.path())));
    }

    /**
     * Reads a document whose bytes the caller fetched (from HDFS or S3, say), with the same rules as a file: the
     * size cap, the encoding, binary and empty documents, the date line.
     */
    public SourceDocument read(DocumentSource source, byte[] bytes) throws UnreadableDocumentException {
        checkSize(bytes.length);
        return decodeDocument(source, bytes);
    }

    /** Rejects a document of this many bytes if it is over the cap, before its bytes are fetched. */
    public void checkSize(long bytes) throws UnreadableDocumentException {
        if (bytes > maxBytes) {
            throw new UnreadableDocumentException(tooLarge(bytes));
        }
    }

    private SourceDocument decodeDocument(DocumentSource source, byte[] bytes) throws UnreadableDocumentException {
        List<String> warnings = new ArrayList<>();
        String text = decode(bytes, warnings);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("empty document (no text to analyse)");
        }
        if (source.format() == InputFormat.HTML) {
            return fromHtml(source.id(), source.path(), text, warnings, boilerplate);
        }
        if (source.format() == InputFormat.TEXT && !source.isStdin() && looksLikeHtml(text)) { // "page.php", "index", a page saved as .txt
            warnings.add("read as a web page: its content is HTML, though its name does not say so");
            return fromHtml(source.id(), source.path(), text, warnings, boilerplate);
        }
        if (source.format().isFeed()) {
            throw new UnreadableDocumentException("is a feed of many articles, read by CorpusReader, not one document");
        }
        Matcher date = DATE_LINE.matcher(text);
        if (!date.find()) {
            return new SourceDocument(source.id(), source.path(), text, null, 0, warnings);
        }
        LocalDate parsed = null;
        try {
            parsed = LocalDate.parse(date.group(1));
        } catch (DateTimeException e) {
            warnings.add("date line '" + date.group(1) + "' is not a valid date; ignored");
        }
        return new SourceDocument(source.id(), source.path(), text, parsed, date.end(), warnings);
    }

    /**
     * Whether a text file's content is a web page: it opens (after white space and comments) with a doctype or an
     * html element. Text that merely quotes a tag does not.
     */
    static boolean looksLikeHtml(String text) {
        String start = HTML_START.matcher(text).replaceFirst("");
        String head = start.substring(0, Math.min(start.length(), 15)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** A document of the article extracted from a web page. */
    /** what may come before a page's doctype: a byte-order mark, white space, comments, an XML declaration */
    private static final java.util.regex.Pattern HTML_START = java.util.regex.Pattern.compile("^(?:\uFEFF|\\s|<!--.*?-->|<\\?xml[^>]*>)*",
            java.util.regex.Pattern.DOTALL);

    static SourceDocument fromHtml(String id, String path, String html, List<String> warnings, HtmlBoilerplate boilerplate)
            throws UnreadableDocumentException {
        HtmlArticle article = HtmlArticle.extract(html, boilerplate);
        if (article.text().isBlank()) {
            throw new UnreadableDocumentException("no article text in the page");
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(article.warnings());
        return new SourceDocument(id, path, article.text(), article.date(), 0, all, article.metadata());
    }

    private byte[] readFile(Path path) throws UnreadableDocumentException {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableDocumentException("is a directory");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new UnreadableDocumentException(tooLarge(size));
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length > maxBytes) { // the file grew while we looked at it
                throw new UnreadableDocumentException(tooLarge(bytes.length));
            }
            return bytes;
        } catch (IOException | SecurityException e) {
            throw new UnreadableDocumentException(reason(e));
        }
    }

    private byte[] readStdin() throws UnreadableDocumentException {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableDocumentException(tooLarge(bytes.length) + " (standard input)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableDocumentException(reason(e));
        }
    }

    private String tooLarge(long size) {
        return "document is " + size + " bytes, over the --max-doc-bytes limit of " + maxBytes + "; skipped";
    }

    static String decode(byte[] bytes, List<String> warnings) throws UnreadableDocumentException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3, warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocumentException("binary file (contains NUL bytes), not text");
            }
        }
        return decodeUtf8(bytes, 0, warnings);
    }

    private static String decodeUtf8(byte[] bytes, int offset, List<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            warnings.add("not valid UTF-8; decoded as Windows-1252");
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A one-line reason for an I/O failure, without exception class names. */
    public static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
