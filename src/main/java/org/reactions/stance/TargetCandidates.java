package org.reactions.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.Clauses;
import org.reactions.knowledge.CountryCode;

/**
 * The countries a statement names or refers to, each a candidate target with the features the target model weighs:
 * how it is named (by name, or by "the strikes" standing for their attackers, or by "both sides"), its role
 * towards the act ("strikes on X": attacked; "X's strikes": the attacker; "by X"), the words around it, its
 * relation to the speaker and its part in the document's conflict; and the countries named in the sentence before,
 * which "both sides" or "this deal" may refer to. A joint speaker that is a party to the document's conflict
 * ("Thailand and Cambodia agreed") is marked as such; one outside it ("Russia and China condemned") is no candidate,
 * nor are countries in circumstance clauses, nor the speaker's own country.
 */
final class TargetCandidates {
    private final Clauses clauses;
    private final HostileActs acts;
    private final Targets targets;

    TargetCandidates(Clauses clauses, HostileActs acts, Targets targets) {
        this.clauses = clauses;
        this.acts = acts;
        this.targets = targets;
    }

    List<TargetCandidate> of(StatementWords words, CountryCode speakerCountry, Targets.Aim aim, Set<CountryCode> partners,
                             Set<ModelWords.WordClass> classes) {
        Map<CountryCode, Set<String>> features = new LinkedHashMap<>();
        Map<CountryCode, Boolean> victim = new LinkedHashMap<>();
        Map<CountryCode, CountryCode> listedWith = new HashMap<>();
        int jointEnd = targets.jointSpeakersEnd(words);
        CountryCode previous = null;
        for (int i = 0; i < words.size(); i++) {
            CountryCode country = words.country(i) != null ? words.country(i) : words.named(i);
            if (country == null) {
                continue;
            }
            CountryCode listed = previous;
            previous = country;
            boolean bystander = i < jointEnd && !aim.attackers().contains(country) && !aim.attacked().contains(country);
            if (country.equals(speakerCountry) || clauses.inCircumstance(words.words(), words.tags(), i) || bystander) {
                previous = null; // a joint speaker outside the conflict ("Brazil and Mexico condemned") is on the speaker's side
                continue;
            }
            if (listed != null && !listed.equals(country) && features.containsKey(listed) && joinedToPrevious(words, i)) {
                listedWith.putIfAbsent(country, listed);
            }
            String source = words.country(i) != null ? "src=named" : "src=word";
            Set<String> f = features.computeIfAbsent(country, c -> new LinkedHashSet<>(List.of(source)));
            f.add(features.size() == 1 ? "first" : "later");
            if (i < jointEnd) {
                f.add("joint-speaker"); // "Thailand and Cambodia agreed to ...": each is the other's party
            }
            boolean actAfter = local(words, i, f);
            victim.merge(country, aim.struck().contains(country) && !actAfter, Boolean::logicalAnd);
        }
        if (aim.refersToAttack()) {
            aim.attackers().forEach(c -> referred(c, speakerCountry, "src=attack-referred", features, victim));
        }
        boolean bothParties = classes.contains(ModelWords.WordClass.BOTH_PARTIES);
        if (bothParties) {
            aim.attackers().forEach(c -> referred(c, speakerCountry, "src=both-referred", features, victim));
            aim.attacked().forEach(c -> referred(c, speakerCountry, "src=both-referred", features, victim));
        }
        String reference = bothParties ? "ref=both" : classes.contains(ModelWords.WordClass.BACK_REFERENCE) ? "ref=back" : "ref=none";
        for (CountryCode country : words.before()) { // the sentence before: "Thailand and Cambodia ... Both sides agreed"
            if (!features.containsKey(country)) {
                referred(country, speakerCountry, "src=context", features, victim);
                if (features.containsKey(country)) {
                    features.get(country).add(reference);
                }
            }
        }
        boolean allParties = classes.contains(ModelWords.WordClass.ALL_PARTIES);
        List<TargetCandidate> candidates = new ArrayList<>();
        features.forEach((country, f) -> {
            f.add(partners.contains(country) ? "rel=partner" : "rel=other");
            f.add(aim.attackers().contains(country) ? "conf=attacker" : aim.attacked().contains(country) ? "conf=attacked" : "conf=none");
            if (aim.struck().contains(country)) {
                f.add("struck");
            }
            if (allParties) {
                f.add("all-parties");
            }
            f.add("candidates=" + Math.min(features.size(), 3));
            candidates.add(new TargetCandidate(country, List.copyOf(f), victim.get(country), aim.attacked().contains(country), listedWith.get(country)));
        });
        return candidates;
    }

    private static void referred(CountryCode country, CountryCode speakerCountry, String how, Map<CountryCode, Set<String>> features, Map<CountryCode, Boolean> victim) {
        if (!country.equals(speakerCountry) && !features.containsKey(country)) {
            features.put(country, new LinkedHashSet<>(List.of(how)));
            victim.put(country, false);
        }
    }

    /**
     * Whether the mention at word i follows the mention before it with only list words between ("China and Russia",
     * "the US, Britain and France"): the members of one list share their part in the statement.
     */
    private boolean joinedToPrevious(StatementWords words, int i) {
        int k = i - 1;
        boolean joined = false;
        while (k >= 0 && !words.mentioned().get(k)) {
            if (!clauses.isCoordinator(words.word(k)) && !"the".equals(words.word(k))) {
                return false;
            }
            joined |= clauses.isCoordinator(words.word(k));
            k--;
        }
        return joined && k >= 0;
    }

    /** The words around a mention at word i; whether an act follows it within reach ("US strikes"). */
    private boolean local(StatementWords words, int i, Set<String> f) {
        int end = i + 1;
        while (end < words.size() && words.mentioned().get(end) && words.country(end) == null) {
            end++;
        }
        f.add("p1=" + wordAt(words, i - 1));
        f.add("p2=" + wordAt(words, i - 2) + "_" + wordAt(words, i - 1));
        f.add("n1=" + wordAt(words, end));
        boolean verbBefore = false;
        for (int k = 0; k < i; k++) {
            verbBefore |= "VERB".equals(words.tags().get(k));
        }
        f.add(verbBefore ? "after-verb" : "before-verb");
        for (int k = end; k < Math.min(words.size(), end + HostileActs.REACH); k++) {
            if (acts.is(HostileActs.Kind.ACT, words.word(k))) {
                f.add("act-after");
                return true;
            }
        }
        return false;
    }

    private static String wordAt(StatementWords words, int i) {
        if (i < 0) {
            return "^";
        }
        if (i >= words.size()) {
            return "$";
        }
        return words.mentioned().get(i) ? "@" : words.word(i);
    }
}
