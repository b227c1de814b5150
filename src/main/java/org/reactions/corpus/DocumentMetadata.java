package org.reactions.corpus;

import java.io.Serializable;

/**
 * What a web page or a feed says about an article besides its text; each part is null when unknown.
 *
 * @param title  the article's headline
 * @param outlet the publication ({@code og:site_name}, the canonical URL's host, or a feed's {@code source})
 * @param url    where the article was published
 */
public record DocumentMetadata(String title, String outlet, String url) implements Serializable {
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null);
}
