package org.reactions.stance;

import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;

/**
 * The countries a statement's stance is aimed at, label by label, by the rule labels.tsv gives each label: the
 * countries its words name (never the speaker's own, nor the countries it opens with as joint speakers: "Russia
 * and China criticised ..."), less those attacked for criticism and warnings, and for "the strikes" the
 * attackers the document named before.
 */
final class Targets {
    private final Clauses clauses;
    private final HostileActs acts;

    Targets(Clauses clauses, HostileActs acts) {
        this.clauses = clauses;
        this.acts = acts;
    }

    /**
     * Whom a statement's words aim at, before labels are known.
     *
     * @param named     the countries named (not the speaker's own, nor joint speakers, nor in circumstance clauses)
     * @param accused   those named that are not attacked; when none is and the words refer to an attack, its attackers
     * @param attacked  the countries attacked in the document (not attackers, not the speaker's own)
     * @param struck    those named where an attack is aimed ("strikes on Iran")
     * @param attackers the attackers the document named up to the statement (not the speaker's own country)
     * @param refersToAttack whether the words refer to an attack ("these strikes") and so to its attackers
     */
    record Aim(Set<CountryCode> named, Set<CountryCode> accused, Set<CountryCode> attacked, Set<CountryCode> struck, Set<CountryCode> attackers,
               boolean refersToAttack) {
    }

    Aim aim(StatementWords words, CountryCode speakerCountry, DocumentConflict conflict, int sentence) {
        Set<CountryCode> named = new TreeSet<>();
        Set<CountryCode> struck = new TreeSet<>(); // named where an attack is aimed ("strikes on Iran")
        for (int i = jointSpeakersEnd(words); i < words.size(); i++) {
            CountryCode country = words.country(i);
            if (country == null || country.equals(speakerCountry) || clauses.inCircumstance(words.words(), words.tags(), i)) {
                continue; // "even amid Israel's attacks" sets the scene
            }
            named.add(country);
            int before = i - 1; // over "the" and other countries of a list: "strikes on the US and Iran"
            while (before >= 0 && (acts.is(HostileActs.Kind.DETERMINER, words.word(before)) || words.mentioned().get(before)
                    || clauses.isCoordinator(words.word(before)))) {
                before--;
            }
            boolean aimedAt = before >= 0 && acts.is(HostileActs.Kind.VICTIM, words.word(before)) && acts.actBefore(words.words(), before, words.mentioned()::get);
            if (aimedAt && !actAfter(words, i)) { // "attacks on Iran and US bombardment of ..." names an attacker
                struck.add(country);
            }
        }
        Set<CountryCode> attackers = new TreeSet<>(conflict.attackersUpTo(sentence));
        attackers.remove(speakerCountry);
        Set<CountryCode> attacked = new TreeSet<>(conflict.attackedUpTo(sentence));
        attacked.removeAll(attackers);
        attacked.remove(speakerCountry);
        Set<CountryCode> accused = new TreeSet<>(named);
        accused.removeAll(struck);
        accused.removeAll(attacked);
        boolean refersToAttack = acts.refersToAnAttack(words.words());
        if (accused.isEmpty() && refersToAttack) {
            accused.addAll(attackers);
        }
        return new Aim(named, accused, attacked, struck, attackers, refersToAttack);
    }

    /** Whether an act is named within a few words after word i ("US artillery bombardment"). */
    private boolean actAfter(StatementWords words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + HostileActs.REACH); k++) {
            if (acts.is(HostileActs.Kind.ACT, words.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The targets of a statement for each of its labels, sorted, by the rule labels.tsv gives each label. */
    static Map<Label, List<CountryCode>> of(Aim aim, Set<Label> labels, Map<Label, LabelDefinition> definitions, Set<CountryCode> partners) {
        Map<Label, List<CountryCode>> byLabel = new TreeMap<>();
        for (Label label : labels) {
            Set<CountryCode> targets = new TreeSet<>();
            switch (definitions.get(label).target()) {
                case ACCUSED -> targets.addAll(aim.accused());
                case URGED -> aim.named().stream().filter(c -> !aim.struck().contains(c)).forEach(targets::add);
                case NAMED -> targets.addAll(aim.named());
                case NAMED_OR_ATTACKED -> targets.addAll(aim.named().isEmpty() ? aim.attacked() : aim.named());
                case PARTNERS -> aim.named().stream().filter(partners::contains).forEach(targets::add);
                case NONE -> { }
            }
            byLabel.put(label, List.copyOf(targets));
        }
        return byLabel;
    }

    /**
     * The index after the subject a reported statement opens with: up to its first verb ("Russia and China have
     * ...", "officials in Moscow and Beijing have ..."), or where the tags are missing, its actors joined by
     * coordinators. A statement that opens with a quotation has no such subject.
     */
    int jointSpeakersEnd(StatementWords words) {
        if (words.size() == 0 || words.word(0).equals("\"") || words.word(0).equals("'")) {
            return 0;
        }
        boolean tagged = words.tags().get(0) != null;
        int i = 0;
        while (tagged && i < words.size() && !isVerb(words.tags().get(i))) {
            i++;
        }
        if (!tagged || i == words.size()) { // no verb to end the subject: the actors it opens with, as a list
            i = 0;
            while (i < words.size() && (words.mentioned().get(i) || clauses.isCoordinator(words.word(i)))) {
                i++;
            }
        }
        return i == words.size() ? 0 : i;
    }

    private static boolean isVerb(String tag) {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }
}
