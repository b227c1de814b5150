package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;

/** Speaker and listener: the person called, met, told or written to never takes the statement. */
class ListenerTest {
    private static List<String> speakers(String text) {
        AnnotatedDocument document = Fixtures.annotate(text);
        return Fixtures.EXTRACTOR.extract(document, Fixtures.RECOGNIZER.recognize(document), Set.of(CountryCode.of("CN"), CountryCode.of("EG"), CountryCode.of("RU"), CountryCode.of("IR"))).stream()
                .map(s -> s.speaker().name() + "/" + s.country()).toList();
    }

    @Test
    void thePersonCalledDoesNotSpeak() {
        assertEquals(List.of("Wang Yi/CN"), speakers("In a call with Egypt's foreign minister, Wang Yi expressed support for a ceasefire."));
    }

    @Test
    void thePersonToldDoesNotSpeak() {
        assertEquals(List.of("Sergey Lavrov/RU"), speakers("Lavrov told his Iranian counterpart that the raid broke the law."));
    }

    @Test
    void theAddresseeOfALetterDoesNotSpeak() {
        assertEquals(List.of("Iran/IR"), speakers("In a letter to the Chinese foreign minister, Iran urged an end to the raids."));
    }
}
