package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/**
 * Names and titles of the knowledge base are known in American and British spelling alike, and the office of a known
 * institution named without its holder ("the head of the Atomic Energy Organisation of Iran") is its holder's.
 */
class SpellingVariantsTest {
    @Test
    void aPhraseIsRespelledWordByWordKeepingTheCaseOfItsFirstLetter() {
        SpellingVariants variants = new SpellingVariants(Map.of("organization", "organisation", "defense", "defence"));
        assertArrayEquals(new String[] {"Shanghai", "Cooperation", "Organisation"},
                variants.respelled(new String[] {"Shanghai", "Cooperation", "Organization"}));
        assertArrayEquals(new String[] {"defense", "minister"}, variants.respelled(new String[] {"defence", "minister"}));
        assertNull(variants.respelled(new String[] {"Foreign", "Ministry"}));
    }

    @Test
    void aKnownInstitutionIsFoundInTheOtherSpelling() {
        // the knowledge base writes it "Atomic Energy Organization of Iran"
        Actor institution = actorsOf("Yesterday the Atomic Energy Organisation of Iran said inspectors could return.").stream()
                .filter(a -> a.type() == ActorType.INSTITUTION).findFirst().orElseThrow();
        assertEquals("Atomic Energy Organization of Iran", institution.name());
    }

    @Test
    void theHeadOfAKnownInstitutionIsItsHolderWhicheverWayTheInstitutionIsWritten() {
        for (String sentence : List.of(
                "The head of the Atomic Energy Organisation of Iran said inspectors could return next month.",
                "The head of Iran's Atomic Energy Organization said inspectors could return next month.")) {
            List<String> names = actorsOf(sentence).stream().map(Actor::name).toList();
            assertEquals(List.of("Mohammad Eslami"), names, sentence);
            assertEquals(List.of("Mohammad Eslami/IR"), Fixtures.speakers(sentence), sentence);
        }
    }

    /** The knowledge base's role names the institution by its acronym: "Director of the FSB (Federal Security Service)". */
    @Test
    void theDirectorOfAKnownInstitutionIsItsHolderByTheTitleAsWritten() {
        for (String sentence : List.of(
                "The FSB director stated that the purpose of the attack was to destabilise the country.",
                "The director of Russia's Federal Security Service stated that the purpose of the attack was to destabilise the country.")) {
            assertEquals(List.of("Alexander Bortnikov/RU"), Fixtures.speakers(sentence), sentence);
        }
    }

    /** A portfolio that ends in a known institution holds no name: "Energy Organization" is nobody. */
    @Test
    void aKnownInstitutionAfterATitleIsNoPersonsName() {
        List<String> names = actorsOf("Head of Iran's Atomic Energy Organization Mohammad Eslami said the site was safe.").stream()
                .map(Actor::name).distinct().toList();
        assertEquals(List.of("Mohammad Eslami"), names);
    }

    /** Every spelling the file lists occurs, one way or the other, in a name, title or institution kind of the lexicon. */
    @Test
    void everyListedSpellingIsUsed() {
        ActorKnowledgeBase kb = Fixtures.KB;
        Set<String> words = Stream.of(
                        kb.actors().stream().flatMap(k -> k.surfaces().stream()),
                        kb.titles().stream().map(Title::phrase),
                        kb.institutionKinds().stream().map(InstitutionKind::phrase))
                .flatMap(s -> s)
                .flatMap(s -> Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .collect(Collectors.toSet());
        SpellingVariants variants = kb.spellingVariants();
        List<String> unused = new ArrayList<>();
        for (String spelling : variants.spellings()) {
            String other = variants.respelled(new String[] {spelling})[0];
            if (!words.contains(spelling) && !words.contains(other)) {
                unused.add(spelling);
            }
        }
        assertEquals(List.of(), unused);
    }

    private static List<Actor> actorsOf(String sentence) {
        return Fixtures.entities(sentence).inSentence(0).stream().map(Mention::actor).filter(Objects::nonNull).toList();
    }
}
