package org.reactions.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The closed-class word sets of {@code reactions/lexicon/function-words.tsv} that the attribution rules read
 * sentence structure by. Each set has a name in the file and a constant here; loading fails on a set the code
 * does not know or a set the file lacks, so the two cannot drift apart.
 */
public final class FunctionWords {
    public static final String FILE = "reactions/lexicon/function-words.tsv";

    /** The sets, by their name in the file. */
    public enum Set {
        COORDINATING, BETWEEN_SUBJECT_AND_VERB, COORDINATION, POSSESSIVE_DETERMINERS, BOUNDARIES, NOUN_MARKERS,
        COMPLEMENT_STARTERS, PREPOSITIONS, BARE_TIME_WORDS, PASSIVE_AUXILIARIES, INTERPOSED_NOUNS,
        INTERPOSED_PREPOSITIONS, CLAUSE_ENDS, FRONTING, SUBORDINATING, NEGATING_DETERMINERS, SPEECH_TITLES, SPEECH_TITLE_LINKS, INTERVIEW_WORDS, POSTED_ABROAD_ROLES, FROM_NOUNS, LIST_CLOSING_GROUPS, LIST_BULLETS, DETERMINERS, INDEFINITE_ARTICLES, TITLE_MODIFIERS,
        UNOFFICIAL_MARKERS, AFFILIATION_PREPOSITIONS, LIST_JOINERS, DATELINE_MARKS, DESTINATION_PREPOSITIONS, NAME_PARTICLES,
        OPENING_BRACKETS, CLOSING_BRACKETS, ISSUING_VERBS,
        ISSUING_PARTICLES, PORTFOLIO_LINKS, RECIPIENT_PRONOUNS, FIRST_PERSON_PLURAL,
        ADDRESS_VERBS, PUBLISHING_PARTICIPLES, OPINION_NOUNS, PERSONAL_POSSESSIVES, COUNTERPARTS, RELAYING_VERBS, RELATIVE_PRONOUNS, PERSON_RELATIVES, POST_MODIFIERS, NAMING_OBJECTS, OBJECT_TAILS, STATIVE_PARTICIPLES,
        STATE_POSSESSIVES, AGENT_PREPOSITIONS, ABSOLUTE_OPENERS, SERVING_ROLES, MEMBER_GROUPS, MEMBER_LIST_OPENERS, MEANS_VERBS, RECIPROCALS, CONDITIONALS, PRIVATIVES, ANAPHORIC_DETERMINERS, HEADLINE_VERBS, OUTLET_ROLES,
        HONORIFICS, PORTFOLIO_HEADS, COMPANIONS, JOINING_VERBS, FOLLOWERS, MONTHS, CONTRASTING, PORTFOLIO_MODIFIERS, KILLING_VERBS, ENVOY_ROLES,
        FIRST_PERSON_POSSESSIVES, INVERTING_VERBS, CONTENT_OPENERS, TOLL_VERBS, TOLL_OBJECTS, TARGET_PREPOSITIONS, MODALS, PERSONAL_OFFICES, LATEST_NAMED, SEATED_INSTITUTIONS,
        QUESTION_WORDS, MALE_WORDS, FEMALE_WORDS, FUTURE_MODALS, PROSPECTS, ADJECTIVE_ENDINGS, BIDDING_VERBS,
        CONTINUING_PRONOUNS, MEETING_VERBS, ANSWER_MARKS, LINK_LABELS, INTERPOSING_OPENERS, PART_OPENERS,
        OWN_PARTS, PLATFORM_PREPOSITIONS, SYLLABLE_INITIALS, SYLLABLE_FINALS, OUTSIDER_MODIFIERS, ORGANISATION_JOINERS, EMPTY_OBJECTS, EXCEPTING_WORDS, MEMBERSHIP_NOUNS, BIDDING_PARTICLES, BID_MARKERS, CALLING_VERBS, LOCATION_PREPOSITIONS, FORMER_MARKERS, OUTSIDER_ROLES, DEPUTY_WORDS, QUESTION_OPENERS, TOPIC_PREPOSITIONS, ANONYMOUS_PARTICIPLES, VAGUE_SUBJECTS;

        /** The set's name in the data file ("between-subject-and-verb"). */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Set, java.util.Set<String>> sets = new EnumMap<>(Set.class);

    private FunctionWords(List<DataRow> rows) {
        for (DataRow row : rows) {
            Set set = byFileName(row);
            for (String word : row.list(1)) {
                if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.contains(" ")) {
                    throw row.error("'" + word + "' must be one lower-case word");
                }
            }
            if (sets.put(set, java.util.Set.copyOf(row.list(1))) != null) {
                throw row.error("set '" + row.get(0) + "' is defined twice");
            }
        }
        for (Set set : Set.values()) {
            if (!sets.containsKey(set)) {
                throw new KnowledgeException(FILE + ": set '" + set.fileName() + "' is missing");
            }
        }
    }

    private static Set byFileName(DataRow row) {
        for (Set set : Set.values()) {
            if (set.fileName().equals(row.get(0))) {
                return set;
            }
        }
        throw row.error("unknown set '" + row.get(0) + "'");
    }

    public static FunctionWords bundled() {
        return new FunctionWords(DataFiles.resource(FILE, 2));
    }

    public boolean contains(Set set, String lowerCaseWord) {
        return sets.get(set).contains(lowerCaseWord);
    }

    public java.util.Set<String> get(Set set) {
        return sets.get(set);
    }
}
