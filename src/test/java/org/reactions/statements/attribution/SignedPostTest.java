package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/** Posts embedded in scraped pages: the words before "— Name (@handle) date" are the author's. */
class SignedPostTest {
    private static List<String> said(String text) {
        return Fixtures.statements(text).stream().map(st -> st.speaker().name() + ": " + st.text()).toList();
    }

    @Test
    void theSignatureInTheSameParagraphNamesTheAuthor() {
        assertEquals(List.of("Abbas Araghchi: The events this morning are outrageous and will have everlasting consequences. "
                        + "— Seyed Abbas Araghchi (@araghchi) June 22, 2025"),
                said("Strikes on Iran: live updates\nThe events this morning are outrageous and will have everlasting consequences. "
                        + "— Seyed Abbas Araghchi (@araghchi) June 22, 2025"));
    }

    @Test
    void theSignatureOnTheLineAfterNamesTheAuthorOfEverySentenceOfThePost() {
        List<String> found = said("Khamenei posts\nThe Zionist regime has made a grave mistake. It will be punished. "
                + "pic.twitter.com/dP4mXr2Kwe\n— Ali Khamenei (@khamenei_ir) June 18, 2025\nThe post drew wide attention.");
        assertEquals(List.of("Ali Khamenei: The Zionist regime has made a grave mistake.", "Ali Khamenei: It will be punished."), found);
    }

    @Test
    void aDashAndANameWithNoHandleSignNoPost() {
        assertEquals(List.of(), said("Strikes on Iran\nThe events this morning were outrageous — Abbas Araghchi was in Geneva then."));
    }

    @Test
    void aSentenceWithASpeakerOfItsOwnKeepsIt() {
        assertEquals(List.of("Iran: Iran has called on the Council to act. — Seyed Abbas Araghchi (@araghchi) June 22, 2025"),
                said("Post\nIran has called on the Council to act. — Seyed Abbas Araghchi (@araghchi) June 22, 2025"));
    }
}
