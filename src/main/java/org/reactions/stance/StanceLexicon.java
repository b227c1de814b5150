package org.reactions.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The stance cues of {@code reactions/lexicon/stance-cues.tsv} (extendable by user files in the same format) and
 * the partners of {@code reactions/kb/alignments.tsv}.
 */
public final class StanceLexicon {
    public static final String CUES = "reactions/lexicon/stance-cues.tsv";
    public static final String ALIGNMENTS = "reactions/kb/alignments.tsv";

    private static final int KEY_LENGTH = 3;

    private final List<StanceCue> cues;
    private final Map<CountryCode, Set<CountryCode>> partners;
    private final Labels labels;
    /**
     * cues by the first three letters of their first word (its stem for a '*' pattern), so that an inflected word
     * ("opposed") finds the cue of its stem ("oppose")
     */
    private final Map<String, List<StanceCue>> byFirstLetters = new HashMap<>();
    /** the rules of the user's cue files that the bundled file lacks: the model never saw them */
    private final Set<StanceRuleId> userRules;

    StanceLexicon(Labels labels, List<StanceCue> cues, Map<CountryCode, Set<CountryCode>> partners, Set<StanceRuleId> userRules) {
        this.labels = labels;
        this.cues = List.copyOf(cues);
        this.partners = Map.copyOf(partners);
        this.userRules = Set.copyOf(userRules);
        for (StanceCue cue : this.cues) {
            String first = cue.words().get(0);
            String key = key(first.endsWith("*") ? first.substring(0, first.length() - 1) : first);
            byFirstLetters.computeIfAbsent(key, k -> new ArrayList<>()).add(cue);
        }
    }

    private static String key(String word) {
        return word.length() <= KEY_LENGTH ? word : word.substring(0, KEY_LENGTH);
    }

    /** The cues that may start at a word (a superset; {@link StanceCue#matchAt} decides), in file order. */
    List<StanceCue> startingWith(String word) {
        return byFirstLetters.getOrDefault(key(word), List.of());
    }

    public static StanceLexicon bundled(Labels labels) {
        return load(labels, List.of(), List.of());
    }

    /**
     * The bundled cues and alignments with the user's: cue files add cues; an alignment file's row for a country
     * replaces the bundled partners of that country.
     */
    public static StanceLexicon load(Labels labels, List<Path> userCueFiles, List<Path> userAlignmentFiles) {
        List<StanceCue> cues = new ArrayList<>();
        for (DataRow row : DataFiles.resource(CUES, 4)) {
            cues.add(cue(row, labels));
        }
        Set<StanceRuleId> bundled = cues.stream().map(StanceLexicon::rule).collect(java.util.stream.Collectors.toSet());
        Set<StanceRuleId> userRules = new java.util.HashSet<>();
        for (Path file : userCueFiles) {
            for (DataRow row : DataFiles.file(file, 4)) {
                StanceCue cue = cue(row, labels);
                cues.add(cue);
                StanceRuleId rule = rule(cue);
                if (!bundled.contains(rule)) { // a pattern the bundled file has too is a rule the model knows
                    userRules.add(rule);
                }
            }
        }
        Map<CountryCode, Set<CountryCode>> partners = alignments(DataFiles.resource(ALIGNMENTS, 2));
        for (Path file : userAlignmentFiles) {
            partners.putAll(alignments(DataFiles.file(file, 2)));
        }
        return new StanceLexicon(labels, cues, partners, userRules);
    }

    private static StanceRuleId rule(StanceCue cue) {
        return new StanceRuleId(RuleVote.Source.CUE, cue.pattern());
    }

    /** Whether a rule is a cue of the user's files that the bundled cues lack (one the model never saw). */
    public boolean fromUser(StanceRuleId rule) {
        return userRules.contains(rule);
    }

    private static Map<CountryCode, Set<CountryCode>> alignments(List<DataRow> rows) {
        Map<CountryCode, Set<CountryCode>> partners = new HashMap<>();
        for (DataRow row : rows) {
            if (!CountryCode.wellFormed(row.get(0)) || !row.list(1).stream().allMatch(CountryCode::wellFormed)) {
                throw row.error("countries must be ISO 3166-1 alpha-2 codes in upper case");
            }
            if (partners.put(row.countryCode(0), Set.copyOf(row.list(1).stream().map(CountryCode::of).toList())) != null) {
                throw row.error("country " + row.get(0) + " is listed twice");
            }
        }
        return partners;
    }

    private static StanceCue cue(DataRow row, Labels labels) {
        Label label;
        try {
            label = labels.valueOf(row.get(0));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown label '" + row.get(0) + "'");
        }
        StanceCue.Polarity polarity = switch (row.get(1)) {
            case "+" -> StanceCue.Polarity.AFFIRMED;
            case "-" -> StanceCue.Polarity.NEGATED;
            case "*" -> StanceCue.Polarity.EITHER;
            default -> throw row.error("polarity must be +, - or *");
        };
        List<String> words = List.of(row.get(2).split(" "));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean gap = word.equals(StanceCue.GAP);
            if (gap && (i == 0 || i == words.size() - 1 || words.get(i + 1).equals(StanceCue.GAP))) {
                throw row.error("'...' must stand between two words");
            }
            if (!gap && !word.matches("[a-z0-9'-]+\\*?")) {
                throw row.error("pattern word '" + word + "' must be lower case, with at most a trailing *");
            }
        }
        StanceCue.Target target = switch (row.get(3)) {
            case "-" -> StanceCue.Target.ANY;
            case "partner" -> StanceCue.Target.PARTNER;
            case "partner-named" -> StanceCue.Target.PARTNER_NAMED;
            default -> throw row.error("target must be -, partner or partner-named");
        };
        return new StanceCue(label, polarity, words, target, row.source() + ":" + row.line());
    }

    public List<StanceCue> cues() {
        return cues;
    }

    /** The labels its cues give, with what labels.tsv says of each. */
    public Labels labels() {
        return labels;
    }

    public Set<CountryCode> partnersOf(CountryCode country) {
        return partners.getOrDefault(country, Set.of());
    }
}
