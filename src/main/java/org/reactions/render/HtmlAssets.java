package org.reactions.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML report's own style and script, and the Content-Security-Policy that allows them and nothing else: the
 * script by its SHA-256 hash, so that no script a document smuggles into the page could run, and no request leaves it.
 */
final class HtmlAssets {
    static final String STYLE = resource("reactions/html/report.css");
    static final String SCRIPT = resource("reactions/html/report.js");
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '" + sha256(SCRIPT)
            + "'; form-action 'none'; base-uri 'none'";

    private HtmlAssets() {
    }

    /** The CSP source of a script: "sha256-" and the base64 of the SHA-256 of its text as written in the page. */
    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
