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
 * Read by the writer that makes a page, not as the class loads.
 *
 * @param style  the style sheet
 * @param script the script
 */
record HtmlAssets(String style, String script) {
    /** The bundled style and script. */
    static HtmlAssets bundled() {
        return new HtmlAssets(resource("reactions/html/report.css"), resource("reactions/html/report.js"));
    }

    /** The page's Content-Security-Policy. */
    String policy() {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '" + sha256(script)
                + "'; form-action 'none'; base-uri 'none'";
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
