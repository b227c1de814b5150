package org.reactions.training;

import java.util.List;

/**
 * A text with the statements an annotator found in it (the gold of {@code ../shared/eval/}, or a line of the stance
 * corpus with its context), and the group it belongs to: its crisis, for training and for cross-validation.
 *
 * @param id         where it comes from: a gold document's id, or a corpus file and line
 * @param group      its crisis (the corpus's crisis field, else the folder of the gold file)
 * @param url        the page it was taken from, or null
 * @param text       the text
 * @param statements the statements, in the text's order
 */
public record GoldDocument(String id, String group, String url, String text, List<GoldStatement> statements) {
    public GoldDocument {
        statements = List.copyOf(statements);
    }
}
