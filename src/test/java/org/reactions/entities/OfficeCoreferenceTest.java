package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

class OfficeCoreferenceTest {
    private static Actor actor(String text, int sentence, String mention) {
        List<Mention> mentions = Fixtures.entities(text).inSentence(sentence);
        return mentions.stream().filter(m -> m.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + mentions)).actor();
    }

    @Test
    void anOfficeNamedBeforeItsHolderIsTheHolder() {
        String text = "Iran's ambassador to Kenya says the strikes need stronger condemnation. Ambassador Ali Rezaei described "
                + "them as aggression.";
        Actor office = actor(text, 0, "Iran's ambassador to Kenya");
        assertEquals("Ali Rezaei", office.name());
        assertEquals(CountryCode.of("IR"), office.country());
    }

    @Test
    void aHolderOfNoCountryTakesTheCountryItsOfficesAgreeOn() {
        String text = "The Iranian ambassador spoke in Nairobi. Kenya's ambassador to Iran was recalled. Iran's ambassador to Kenya "
                + "took questions. Ambassador Ali Rezaei said the talks would go on.";
        Actor holder = actor(text, 3, "Ambassador Ali Rezaei");
        assertEquals(CountryCode.of("IR"), holder.country());
        assertEquals(Actor.Origin.INFERRED, holder.origin());
        // the other country's office is someone else
        assertEquals("Kenya's ambassador to Iran", actor(text, 1, "Kenya's ambassador to Iran").name());
    }

    @Test
    void twoHoldersOfTheOfficeLeaveItUnnamed() {
        String text = "The Iranian ambassador spoke first. Ambassador Ali Rezaei and Ambassador Reza Karimi met the press.";
        assertEquals("Iranian ambassador", actor(text, 0, "The Iranian ambassador").name());
    }

    @Test
    void anEnvoyOfAnotherPostIsNotTheHolder() {
        String text = "Iran's ambassador to Chile spoke first. Iran's ambassador to Kenya, Ali Rezaei, spoke next.";
        assertEquals("Iran's ambassador to Chile", actor(text, 0, "Iran's ambassador to Chile").name());
    }

    @Test
    void aStoryThatOpensWithAnOfficeNamesItsHolderRightAfterWithNoTitle() {
        String text = "Iran's ambassador to Chile has warned of consequences. In an interview, Javad Karimi said the strikes were "
                + "illegal. Karimi said Chile should stay neutral.";
        Actor holder = actor(text, 1, "Javad Karimi");
        assertEquals(CountryCode.of("IR"), holder.country());
        assertEquals("Ambassador to Chile", holder.role());
        assertEquals(true, holder.official());
        assertEquals("Javad Karimi", actor(text, 0, "Iran's ambassador to Chile").name());
        assertEquals("Javad Karimi", actor(text, 2, "Karimi").name());
    }

    @Test
    void notWhereAnotherUnknownNameOrTheNameComesLongAfterOrBefore() {
        String two = "Iran's ambassador to Chile has warned of consequences. On Monday, Javad Karimi said the talks were over. "
                + "Pablo Soto said they would go on.";
        assertEquals(null, actor(two, 1, "Javad Karimi").country());
        String late = "Iran's ambassador to Chile has warned of consequences. The strikes hit three sites. Talks stalled. Oil rose. "
                + "Shipping slowed. On Monday, Javad Karimi said the talks were over.";
        assertEquals(false, actor(late, 5, "Javad Karimi").official());
        String before = "On Monday, Javad Karimi said the talks were over. Iran's ambassador to Chile has warned of consequences.";
        assertEquals(false, actor(before, 0, "Javad Karimi").official());
    }
}
