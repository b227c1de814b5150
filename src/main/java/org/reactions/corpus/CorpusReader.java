package org.reactions.corpus;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The documents of a run, in input order, as the workers ask for them: a text file or a web page is one document,
 * read by the worker that analyses it; a feed is opened when its turn comes and yields its articles one at a time.
 * A feed that cannot be opened, or that holds no article, is one document with an error.
 */
public final class CorpusReader implements Iterator<PendingDocument>, Closeable {
    private final Iterator<DocumentSource> sources;
    private final CorpusOptions options;
    private final InputStream stdin;
    private FeedReader feed;
    private DocumentSource feedSource;
    private PendingDocument next;
    private final Map<String, Integer> idUses = new HashMap<>();
    private final FeedOpener opener;

    /** Opens a feed's bytes, wherever its path points (a local file, or a Hadoop file system's for a Spark job). */
    public interface FeedOpener {
        /** @throws UnreadableDocumentException when the path is no file (a directory, say) */
        InputStream open(String path) throws IOException, UnreadableDocumentException;
    }

    /** The documents of local paths and standard input. */
    public CorpusReader(List<DocumentSource> sources, CorpusOptions options, InputStream stdin) {
        this(sources, options, stdin, CorpusReader::openLocal);
    }

    public CorpusReader(List<DocumentSource> sources, CorpusOptions options, InputStream stdin, FeedOpener opener) {
        this.sources = sources.iterator();
        this.options = options;
        this.stdin = stdin;
        this.opener = opener;
    }

    private static InputStream openLocal(String file) throws IOException, UnreadableDocumentException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new UnreadableDocumentException("is a directory");
        }
        return Files.newInputStream(path);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (feed != null) {
                if (feed.hasNext()) {
                    next = unique(feed.next());
                    break;
                }
                next = feed.articles() == 0 ? PendingDocument.failing(feedSource.id(), feedSource.path(), "the feed holds no articles") : null;
                closeFeed();
                continue;
            }
            if (!sources.hasNext()) {
                return false;
            }
            DocumentSource source = sources.next();
            next = source.format().isFeed() ? openFeed(source) : whole(source);
            if (next != null) {
                idUses.merge(next.id(), 1, Integer::sum);
            }
        }
        return true;
    }

    /**
     * A feed's article with an id no other document of the run has: a repeated id gets {@code ~2}, {@code ~3}... as
     * repeated file names do, so that statement ids stay unique. The ids seen are kept: a few dozen bytes an article.
     */
    private PendingDocument unique(PendingDocument article) {
        int n = idUses.merge(article.id(), 1, Integer::sum);
        return n == 1 ? article : new PendingDocument(article.id() + "~" + n, article.path(), article.reading());
    }

    @Override
    public PendingDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PendingDocument document = next;
        next = null;
        return document;
    }

    private PendingDocument whole(DocumentSource source) {
        DocumentReader reader = new DocumentReader(options.maxDocumentBytes(), options.boilerplate(), stdin);
        return new PendingDocument(source.id(), source.path(), () -> reader.read(source));
    }

    /** Opens a feed and returns null (its articles follow), or the document that says why it cannot be read. */
    private PendingDocument openFeed(DocumentSource source) {
        try {
            InputStream in;
            if (source.isStdin()) {
                in = new FilterInputStream(stdin) {
                    @Override
                    public void close() {
                        // standard input is the caller's to close
                    }
                };
            } else {
                in = opener.open(source.path());
            }
            feed = new FeedReader(in, source.id(), source.path(), source.format(), options);
            feedSource = source;
            return null;
        } catch (IOException | SecurityException e) {
            return PendingDocument.failing(source.id(), source.path(), DocumentReader.reason(e));
        } catch (UnreadableDocumentException e) {
            return PendingDocument.failing(source.id(), source.path(), e.getMessage());
        }
    }

    private void closeFeed() {
        try {
            feed.close();
        } catch (IOException e) {
            // a file that was only read loses nothing when closing it fails
        } finally {
            feed = null;
        }
    }

    @Override
    public void close() {
        if (feed != null) {
            closeFeed();
        }
    }
}
