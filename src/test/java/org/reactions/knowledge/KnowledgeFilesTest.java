package org.reactions.knowledge;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.entities.Anaphor;
import org.reactions.entities.Country;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Gender;
import org.reactions.entities.InstitutionKind;
import org.reactions.entities.KnownActor;
import org.reactions.entities.Mention;
import org.reactions.entities.Title;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.stance.StanceCue;
import org.reactions.stance.StanceLexicon;
import org.reactions.statements.SpeechLexicon;
import org.reactions.statements.SpeechVerb;
import org.reactions.statements.Statement;
import org.reactions.summary.StancePhrases;

/**
 * Every entry of every knowledge file loads (the loaders reject malformed lines) and is used: put in a sentence
 * written for it, it does what the file says. A failure names the entries that do nothing.
 */
class KnowledgeFilesTest {

    private static void assertNoneFailed(String what, List<String> failures) {
        assertTrue(failures.isEmpty(), failures.size() + " " + what + " entries are not used as written:\n  "
                + String.join("\n  ", failures));
    }

    private static List<Mention> mentions(String sentence) {
        DocumentEntities entities = Fixtures.entities(sentence);
        return entities.mentions().stream().flatMap(List::stream).toList();
    }

    @Test
    void everyActorIsRecognisedUnderEachOfItsNames() {
        List<String> failures = new ArrayList<>();
        for (KnownActor known : Fixtures.KB.actors()) {
            for (String name : known.surfaces()) {
                List<Mention> found = mentions(name + " said on Tuesday that the talks must resume.");
                boolean ok = found.stream().anyMatch(m -> known.actor().equals(m.actor()));
                if (!ok) {
                    failures.add(known.actor().name() + " as '" + name + "' -> " + found.stream().map(Mention::text).toList());
                }
            }
        }
        assertNoneFailed("actors.tsv", failures);
    }

    @Test
    void everyOfficialOfARequestedCountrySpeaksForIt() {
        List<String> failures = new ArrayList<>();
        for (KnownActor known : Fixtures.KB.actors()) {
            Actor actor = known.actor();
            if (actor.type() == ActorType.OUTLET || actor.country() == null || !Fixtures.COUNTRIES.contains(actor.country())) {
                continue;
            }
            List<Statement> found = Fixtures.statements(actor.name() + " said on Tuesday that the talks must resume.");
            if (found.size() != 1 || !found.get(0).speaker().equals(actor)) {
                failures.add(actor.name() + " -> " + found.stream().map(s -> s.speaker().name()).toList());
            }
        }
        assertNoneFailed("actors.tsv", failures);
    }

    @Test
    void outletsNeverSpeakForAState() {
        List<String> failures = new ArrayList<>();
        for (KnownActor known : Fixtures.KB.actors()) {
            if (known.actor().type() == ActorType.OUTLET && known.actor().country() != null
                    && Fixtures.COUNTRIES.contains(known.actor().country())) {
                List<Statement> found = Fixtures.statements(known.actor().name() + " said Tehran would retaliate.");
                if (!found.isEmpty()) {
                    failures.add(known.actor().name());
                }
            }
        }
        assertNoneFailed("actors.tsv outlet", failures);
    }

    @Test
    void everyCountryNameAliasAndDemonymIsRecognised() {
        List<String> failures = new ArrayList<>();
        for (Country country : Fixtures.KB.countries()) {
            List<String> names = new ArrayList<>(country.aliases());
            names.add(0, country.name());
            for (String name : names) {
                List<Mention> found = mentions("Yesterday " + name + " said the talks must resume.");
                if (found.stream().noneMatch(m -> m.actor() != null && country.code().equals(m.actor().country()))) {
                    failures.add(country.code() + " name '" + name + "'");
                }
            }
            for (String demonym : country.demonyms()) {
                List<Mention> found = mentions("Yesterday " + demonym + " officials said the talks must resume.");
                if (found.stream().noneMatch(m -> m.actor() != null && country.code().equals(m.actor().country()) && m.group())) {
                    failures.add(country.code() + " demonym '" + demonym + "'");
                }
            }
        }
        assertNoneFailed("countries.tsv", failures);
    }

    @Test
    void everyTitleMakesItsHolderOfficialOrNot() {
        List<String> failures = new ArrayList<>();
        for (Title title : Fixtures.KB.titles()) {
            String written = java.util.Arrays.stream(title.phrase().split(" ")) // as news writes titles before a name
                    .map(w -> w.length() < 4 && !w.endsWith(".") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining(" "));
            List<Statement> found = Fixtures.statements("Yesterday a senior Iranian " + written + " said the talks must resume.");
            boolean spoke = found.size() == 1 && CountryCode.of("IR").equals(found.get(0).country());
            if (spoke != title.official()) {
                failures.add("'" + title.phrase() + "' official=" + title.official() + " but statements " + found.size());
            }
        }
        assertNoneFailed("titles.tsv", failures);
    }

    @Test
    void everyInstitutionKindIsBuiltFromACountry() {
        List<String> failures = new ArrayList<>();
        for (InstitutionKind kind : Fixtures.KB.institutionKinds()) {
            List<Mention> found = mentions("Yesterday Iran's " + kind.phrase() + " said the talks must resume.");
            boolean ok = found.stream().anyMatch(m -> m.actor() != null && CountryCode.of("IR").equals(m.actor().country())
                    && m.actor().type() == kind.type() && (kind.type() == ActorType.STATE || m.actor().name().endsWith(kind.canonical())
                    || m.actor().origin() == Actor.Origin.KNOWLEDGE_BASE)); // a named institution ("Iran's parliament" is the Majlis)
            if (!ok) {
                failures.add("'" + kind.phrase() + "' -> " + found.stream().map(m -> m.actor() == null ? m.text() : m.actor().name()).toList());
            }
        }
        assertNoneFailed("institutions.tsv", failures);
    }

    @Test
    void everyPronounIsReadAsOne() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Anaphor> pronoun : Fixtures.KB.pronouns().entrySet()) {
            String phrase = pronoun.getKey();
            String sentence = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + " said the talks must resume.";
            List<Mention> found = mentions(sentence);
            if (found.stream().noneMatch(m -> pronoun.getValue().equals(m.anaphor()))) {
                failures.add("'" + phrase + "'");
            }
        }
        assertNoneFailed("pronouns.tsv", failures);
    }

    @Test
    void everyGivenNameTellsTheSexOfWhoeverBearsIt() {
        List<String> failures = new ArrayList<>();
        for (String name : Fixtures.KB.givenNames().names()) {
            String written = Arrays.stream(name.split(" ")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining(" "));
            String person = name.contains(" ") ? written : written + " Tarkovan"; // a whole name, or a given name before a surname
            DocumentEntities entities = Fixtures.entities("Foreign Minister " + person + " said the talks must resume.");
            Gender told = entities.mentions().get(0).stream().map(Mention::actor).filter(a -> a != null && a.isPerson())
                    .map(entities::genderOf).findFirst().orElse(Gender.UNKNOWN);
            if (told != Fixtures.KB.givenNames().of(name)) {
                failures.add(person + " -> " + told);
            }
        }
        assertNoneFailed("given-names.tsv", failures);
    }

    @Test
    void everyNonActorNameBlocksAnActor() {
        List<String> failures = new ArrayList<>();
        for (String name : Fixtures.KB.notActors()) {
            if (!mentions("Then " + name + " said the talks must resume.").isEmpty()) {
                failures.add(name);
            }
        }
        assertNoneFailed("not-actors.tsv", failures);
    }

    @Test
    void everySpeechVerbFormMakesAStatement() {
        List<String> failures = new ArrayList<>();
        for (SpeechVerb verb : SpeechLexicon.bundled().verbs()) {
            for (String form : verb.forms()) {
                String complement = verb.requires().isEmpty() ? "that the talks must resume."
                        : verb.requires().contains(SpeechVerb.QUOTE) && verb.requires().size() == 1 ? "the raids “a crime”."
                        : verb.requires().contains(SpeechVerb.COLON) ? "in a calm tone: “The talks must resume.”"
                        : verb.requires().stream().allMatch(r -> r.startsWith(SpeechVerb.AFTER_OBJECT))
                        ? "Washington " + verb.requires().stream().sorted().findFirst().orElseThrow().substring(1) + " for the strikes."
                        : verb.requires().stream().allMatch(r -> r.equals(SpeechVerb.NAMING) || r.startsWith(SpeechVerb.AFTER_OBJECT))
                        ? "the raids illegal."
                        : verb.requires().stream().filter(r -> !r.equals(SpeechVerb.QUOTE) && !r.equals(SpeechVerb.NAMING)
                                && !r.startsWith(SpeechVerb.AFTER_OBJECT)).sorted().findFirst().orElseThrow()
                        + " the talks to resume.";
                List<Statement> found = Fixtures.statements("Lavrov " + form + " " + complement);
                if (found.size() != 1 || !found.get(0).cue().word().equals(form)) {
                    failures.add(verb.lemma() + " '" + form + "' -> " + found.stream().map(s -> s.cue().word()).toList());
                }
            }
        }
        assertNoneFailed("speech-verbs.tsv", failures);
    }

    @Test
    void everyHeadlineVerbIsASpeechVerbForm() {
        Set<String> forms = new java.util.HashSet<>();
        SpeechLexicon.bundled().verbs().forEach(v -> forms.addAll(v.forms()));
        List<String> failures = FunctionWords.bundled().get(FunctionWords.Set.HEADLINE_VERBS).stream().filter(w -> !forms.contains(w)).sorted().toList();
        assertNoneFailed("function-words.tsv headline-verbs", failures);
    }

    @Test
    void everyStatementNounNamesItsIssuer() {
        List<String> failures = new ArrayList<>();
        for (String noun : SpeechLexicon.bundled().statementNouns()) {
            List<Statement> found = Fixtures.statements("A Kremlin " + noun + " said the talks must resume.");
            if (found.size() != 1 || !found.get(0).speaker().name().equals("Kremlin")) {
                failures.add(noun);
            }
        }
        assertNoneFailed("statement-nouns.tsv", failures);
    }

    @Test
    void everySourceMarkerMakesASource() {
        List<String> failures = new ArrayList<>();
        for (List<String> marker : SpeechLexicon.bundled().sourceMarkers()) {
            String last = marker.get(marker.size() - 1);
            String words = String.join(" ", marker);
            String sentence = Character.toUpperCase(words.charAt(0)) + words.substring(1)
                    + (Set.of("with", "on", "to").contains(last) ? " the Kremlin" : " in the Kremlin") + " said Moscow was furious.";
            List<Statement> found = Fixtures.statements(sentence);
            if (found.size() != 1 || found.get(0).voice() != org.reactions.statements.Voice.SOURCE) {
                failures.add(words + " -> " + found.stream().map(Statement::voice).toList());
            }
        }
        assertNoneFailed("source-markers.tsv", failures);
    }

    @Test
    void everyPlanWordMakesASourcesReportNoStatement() {
        List<String> failures = new ArrayList<>();
        String sentence = "Sources close to the Kremlin said %s Moscow asked Beijing for arms.";
        assertEquals(1, Fixtures.statements(String.format(sentence, "then")).size(), "the sentence without a plan word is a statement");
        for (String word : SpeechLexicon.bundled().planWords()) {
            List<Statement> found = Fixtures.statements(String.format(sentence, word));
            if (!found.isEmpty()) {
                failures.add(word + " -> " + found.size() + " statement(s)");
            }
        }
        assertNoneFailed("plan-words.tsv", failures);
    }

    @Test
    void everyNegatorTurnsHelpIntoNonIntervention() {
        List<String> failures = new ArrayList<>();
        for (DataRow row : DataFiles.resource(Negators.FILE, 1)) {
            String negator = row.get(0);
            Set<Label> labels = labelsOf("Baghaei said Iran " + negator + " seek help from Moscow.");
            if (!labels.contains(BundledLabels.NON_INTERVENTION) || labels.contains(BundledLabels.SOLIDARITY)) {
                failures.add("'" + negator + "' -> " + labels);
            }
        }
        assertNoneFailed("negators.tsv", failures);
    }

    @Test
    void everyStanceCueGivesItsLabel() {
        List<String> failures = new ArrayList<>();
        for (StanceCue cue : Fixtures.KNOWLEDGE.stance().lexicon().cues()) {
            String phrase = cue.words().stream().map(w -> w.equals(StanceCue.GAP) ? "the" : w.replace("*", ""))
                    .collect(Collectors.joining(" "));
            String negation = cue.polarity() == StanceCue.Polarity.NEGATED ? "there was no " : "";
            boolean needsPartner = cue.target() != StanceCue.Target.ANY;
            Set<Label> labels = labelsOf("Baghaei said that " + negation + phrase + (needsPartner ? " China" : "") + ".");
            if (!labels.contains(cue.label())) {
                failures.add(cue.label() + " '" + cue.pattern() + "' (" + cue.source() + ") -> " + labels);
            }
            Set<Label> withoutPartner = labelsOf("Baghaei said that " + negation + phrase + " Israel.");
            if (needsPartner && withoutPartner.contains(cue.label())) {
                failures.add(cue.label() + " '" + cue.pattern() + "' (" + cue.source() + ") counts without a partner");
            }
        }
        assertNoneFailed("stance-cues.tsv", failures);
    }

    @Test
    void everyLabelHasAStancePhrase() {
        StancePhrases phrases = Fixtures.KNOWLEDGE.phrases();
        for (Label label : BundledLabels.LABELS.values()) {
            assertFalse(phrases.phrase(label).isBlank(), label.name());
        }
    }

    @Test
    void everyAlignedCountryExists() {
        StanceLexicon lexicon = Fixtures.KNOWLEDGE.stance().lexicon();
        for (Country country : Fixtures.KB.countries()) {
            for (CountryCode partner : lexicon.partnersOf(country.code())) {
                assertTrue(Fixtures.KB.country(partner).isPresent(), country.code() + " partner " + partner);
            }
        }
        assertEquals(Set.of(CountryCode.of("RU"), CountryCode.of("CN")), lexicon.partnersOf(CountryCode.of("IR")));
    }

    /** The tables converted from published sources; their entries' use is tested in org.reactions.stance.vocabulary. */
    @Test
    void everyVocabularyTableLoads() {
        assertTrue(org.reactions.stance.vocabulary.CameoVerbs.bundled(BundledLabels.LABELS.names()).patternCount() > 0);
        assertFalse(org.reactions.stance.vocabulary.CameoCodes.bundled(BundledLabels.LABELS.names()).entries().isEmpty());
        assertFalse(org.reactions.stance.vocabulary.EvaluativeLexicon.bundled().words().isEmpty());
        assertFalse(org.reactions.stance.vocabulary.SpeechVerbInventory.bundled().entries().isEmpty());
    }

    private static Set<Label> labelsOf(String sentence) {
        List<LabeledStatement> found = Fixtures.labeled(sentence);
        return found.size() == 1 ? found.get(0).labels() : Set.of();
    }
}
