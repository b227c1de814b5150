package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.corpus.SourceDocument;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/** The archive tier: well-formed, every role code used, and the office a person held on the document's date. */
class ArchiveActorsTest {
    private static final ArchiveActors ARCHIVE = Fixtures.KB.archive();

    @Test
    void everyRowIsWellFormedAndEveryRoleIsUsed() {
        List<DataRow> rows = DataFiles.resource(ArchiveActors.PEOPLE, 3);
        assertTrue(rows.size() > 15_000, "some 15,000 people: " + rows.size());
        Set<String> codes = new HashSet<>();
        for (ArchiveActors.Person person : ARCHIVE.people()) {
            List<ArchiveActors.Office> offices = ARCHIVE.offices(person); // throws, naming the row, on a bad office
            assertFalse(offices.isEmpty(), person.name());
            offices.forEach(o -> codes.add(o.code()));
            for (ArchiveActors.Office o : offices) {
                assertTrue(o.from() == null || o.to() == null || !o.to().isBefore(o.from()), person.name() + " " + o);
            }
        }
        for (DataRow role : DataFiles.resource(ArchiveActors.ROLES, 3)) {
            assertTrue(codes.contains(role.get(0)), "role code " + role.get(0) + " of " + role.source() + ":" + role.line() + " is used");
        }
    }

    @Test
    void aNameIsOneWordMoreThanASurnameAndKnownWhateverItsCaseAndAccents() {
        assertTrue(ARCHIVE.on(new String[] {"Thabo"}, LocalDate.of(2001, 1, 1)).isEmpty(), "one word names no one");
        assertEquals(ARCHIVE.on(new String[] {"Thabo", "Mbeki"}, LocalDate.of(2001, 1, 1)),
                ARCHIVE.on(new String[] {"THABO", "MBEKÍ"}, LocalDate.of(2001, 1, 1)));
    }

    /** Each sentence of the wire file, in a document of its date: the speaker's country and whether an official then. */
    @Test
    void theDocumentsDatePicksTheOfficeHeldThatDay() {
        List<DataRow> reports = DataFiles.file(java.nio.file.Path.of("src/test/resources/archive/wire-reports.tsv"), 5);
        for (DataRow report : reports) {
            LocalDate date = report.optional(0) == null ? null : LocalDate.parse(report.get(0));
            SourceDocument document = new SourceDocument("wire", "wire.txt", report.get(1), date, 0, List.of());
            DocumentEntities entities = Fixtures.RECOGNIZER.recognize(Fixtures.annotate(document));
            Actor speaker = entities.mentions().get(0).stream().map(Mention::actor).filter(a -> a != null && a.name().equals(report.get(2)))
                    .findFirst().orElseThrow(() -> new AssertionError(report.line() + ": no mention of " + report.get(2)));
            assertEquals(report.get(3), CountryCode.text(speaker.country()), report.line() + ": " + speaker);
            assertEquals(report.yesNo(4), speaker.official(), report.line() + ": " + speaker);
        }
    }
}
