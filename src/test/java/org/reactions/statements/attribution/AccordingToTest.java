package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;

class AccordingToTest {
    @Test
    void theSourceAfterAccordingToSpeaks() {
        Event e = Reading.at("According to the Kremlin, the consultations will go on next week.", "according to");
        assertEquals("according-to", e.rule().name());
        assertEquals(1, e.speakers().size());
        assertEquals(CountryCode.of("RU"), e.speakers().get(0).actor().country());
    }

    /** The source's phrase ends at the comma: what follows it is what the source says, not the source. */
    @Test
    void anActorAfterTheCommaIsNoSource() {
        Event e = Reading.at("According to reports, Russia sent ships to the Caribbean.", "according to");
        assertEquals(List.of(), Reading.speakers(e));
    }

    /** "According to his own words, the Russian president ...": with no one before it, the possessive points ahead. */
    @Test
    void aPossessiveWithNoOneBeforeItPointsToThePersonAfterTheComma() {
        Event e = Reading.at("According to his own words, the Russian president escaped an attack on his convoy.", "according to");
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(e));
    }

    @Test
    void aSourceNamedFarAfterTheWordsIsNotTaken() {
        Event e = Reading.at("According to several reports published over the weekend, the Kremlin is unhappy.", "according to");
        assertEquals("according-to", e.rule().name());
        assertEquals(List.of(), e.speakers());
    }

    @Test
    void inHisViewIsTheViewOfThePersonNamedBefore() {
        Event e = Reading.at("Kenyan President Daniel Mwangi met the envoy on Monday. In his assessment, the blockade has no legal basis.",
                "in his assessment");
        assertEquals(List.of("Daniel Mwangi"), Reading.speakers(e));
        assertEquals(List.of(), Reading.events("In his book the envoy described the war.").stream()
                .filter(x -> x.cue().surface().startsWith("in his")).toList());
        assertEquals(List.of(), Reading.events("The editorial asked whether Kenya would act or, in their words, stay idle.").stream()
                .filter(x -> x.cue().surface().startsWith("in their")).toList());
    }

    @Test
    void aPronounAfterAccordingToIsThePersonNamedBefore() {
        Event e = Reading.at("Kenyan President Daniel Mwangi met the envoy on Monday. According to him, Kenya will keep its border open.",
                "according to");
        assertEquals(List.of("Daniel Mwangi"), Reading.speakers(e));
    }

    @Test
    void aCountrysNewsAgencyIsTheSourceNotTheCountry() {
        assertEquals(List.of("Mehr"), Reading.speakers(Reading.at("The IRGC said it struck a US air base, according to Iran's Mehr News "
                + "Agency.", "according to")));
    }

    @Test
    void theOfficialAnInstitutionsNameOpensThePhraseOfIsTheSource() {
        assertEquals(List.of("Yuri Ushakov"), Reading.speakers(Reading.at("According to Kremlin foreign policy aide Yuri Ushakov, the two "
                + "leaders held a long call.", "according to")));
        assertEquals(List.of("Kremlin"), Reading.speakers(Reading.at("According to the Kremlin, Putin spoke to Xi.", "according to")));
    }

    /** "In Lavrov's words", "in the words of the minister", "as Wang Yi put it" name a source as "according to" does. */
    @Test
    void theWordsOfSomeoneAndHowTheyPutItNameASource() {
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("In Lavrov's words, the strikes are a crime.", "in the words of")));
        assertEquals(List.of("Wang Yi"), Reading.speakers(Reading.at("The strikes, in the words of the Chinese foreign minister, were a "
                + "mistake.", "in the words of")));
        assertEquals(List.of("Wang Yi"), Reading.speakers(Reading.at("As Wang Yi put it, the region cannot afford another war.",
                "as put by")));
        // words that are no one's
        assertEquals(List.of(), Reading.events("In other words, the region cannot afford another war."));
    }
}
