package org.reactions.stance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reactions.entities.DocumentEntities;
import org.reactions.entities.Mention;
import org.reactions.knowledge.Negators;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Token;
import org.reactions.statements.Statement;

/**
 * Labels a statement's stance from the cues in the speaker's own words: the quoted words, and the reported clause
 * from the speaker's mention on. A cue preceded by a negator in its clause is negated, which turns "help" from
 * SOLIDARITY into NON_INTERVENTION ("did not request help"). Criticism aimed only at partners of the speaker's
 * country is a GRIEVANCE.
 */
public final class StanceLabeler {
    /** words that end a clause, so that a negation before them does not reach a cue after them */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "but", "yet", "while",
            "whereas", "although", "though", "because", "that", "which", "who");

    /** how far back "amid" reaches, in words */
    private static final int CIRCUMSTANCE_REACH = 4;
    /** how far back a negator reaches, in words ("refrained from offering military or civilian support") */
    private static final int NEGATION_REACH = 6;
    /** how far after a cue its target may be named, in words */
    private static final int TARGET_WINDOW = 5;
    /** words before a country that make it the victim of what the cue names, not its target */
    private static final Set<String> VICTIM_MARKERS = Set.of("on", "against", "of", "in", "to", "at", "upon", "toward", "towards", "into");

    private final StanceLexicon lexicon;
    private final Negators negators;

    public StanceLabeler(StanceLexicon lexicon, Negators negators) {
        this.lexicon = lexicon;
        this.negators = negators;
    }

    public LabeledStatement label(Statement statement, AnnotatedDocument document, DocumentEntities entities) {
        List<String> words = new ArrayList<>();
        List<String> countries = new ArrayList<>(); // the country of a mention starting at each word, or null
        List<Sentence> sentences = document.sentences();
        for (int index = firstEndingAfter(sentences, statement.scopeStart()); index < sentences.size(); index++) {
            Sentence sentence = sentences.get(index);
            if (sentence.start() >= statement.scopeEnd()) {
                break;
            }
            String[] countryAt = new String[sentence.size()];
            for (Mention m : entities.inSentence(sentence.index())) {
                if (m.actor() != null && m.actor().country() != null) {
                    countryAt[m.start()] = m.actor().country();
                }
            }
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.token(i);
                boolean inScope = t.start() >= statement.scopeStart() && t.end() <= statement.scopeEnd();
                boolean own = t.start() >= statement.clauseStart() || t.quoted() || t.isQuoteMark();
                if (!inScope || !own) {
                    continue;
                }
                boolean joinsHyphen = !words.isEmpty() && i > 0 && sentence.token(i - 1).end() == t.start()
                        && (t.text().equals("-") || words.get(words.size() - 1).endsWith("-"));
                if (joinsHyphen) { // the tokenizer splits "de-escalation" into three tokens; cues are whole words
                    words.set(words.size() - 1, words.get(words.size() - 1) + t.lower());
                } else {
                    words.add(t.lower());
                    countries.add(countryAt[i]);
                }
            }
        }
        String speakerCountry = statement.country();
        Set<String> partners = lexicon.partnersOf(speakerCountry);
        Set<Label> labels = EnumSet.noneOf(Label.class);
        List<String> evidence = new ArrayList<>();
        boolean namesPartner = countries.stream().anyMatch(country -> country != null && partners.contains(country));
        List<CueMatch> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (StanceCue cue : lexicon.startingWith(words.get(i))) {
                int end = cue.matchAt(words, i);
                if (end < 0 || isCircumstance(words, i, cue)) {
                    continue;
                }
                boolean negated = negatedAt(words, i, countries);
                if ((cue.polarity() == StanceCue.Polarity.AFFIRMED && negated) || (cue.polarity() == StanceCue.Polarity.NEGATED && !negated)) {
                    continue;
                }
                boolean partnerTarget = targetsPartner(words, countries, end, partners);
                boolean targetMissing = switch (cue.target()) {
                    case ANY -> false;
                    case PARTNER -> !partnerTarget;
                    case PARTNER_NAMED -> !namesPartner;
                };
                if (!targetMissing) {
                    matches.add(new CueMatch(cue, i, end, negated, partnerTarget));
                }
            }
        }
        boolean condemnsOthers = false;
        boolean condemnsPartners = false;
        for (CueMatch match : matches) {
            if (matches.stream().anyMatch(match::liesInside)) {
                continue;
            }
            StanceCue cue = match.cue();
            if (cue.label() == Label.CONDEMNATION) {
                condemnsPartners |= match.partnerTarget();
                condemnsOthers |= !match.partnerTarget();
            }
            if (labels.add(cue.label()) || cue.label() == Label.CONDEMNATION) {
                evidence.add(cue.label() + ": '" + String.join(" ", words.subList(match.start(), match.end())) + "'"
                        + (match.negated() ? " (negated)" : "") + (match.partnerTarget() ? " aimed at a partner" : "")
                        + ", cue '" + cue.pattern() + "' (" + cue.source() + ")");
            }
        }
        if (condemnsPartners && !condemnsOthers) {
            labels.remove(Label.CONDEMNATION);
            labels.add(Label.GRIEVANCE);
            evidence.add("GRIEVANCE: the criticism is aimed at a partner of " + speakerCountry + " (kb/alignments.tsv)");
        }
        if (labels.isEmpty()) {
            labels.add(Label.OTHER);
            evidence.add("OTHER: no stance cue");
        }
        return new LabeledStatement(statement, labels, evidence);
    }

    /** A cue found at words [start, end). */
    private record CueMatch(StanceCue cue, int start, int end, boolean negated, boolean partnerTarget) {
        /**
         * Whether this match lies inside a longer match of another label, which then speaks for its words alone:
         * "avoid further escalation" is de-escalation, not a warning; "concerned over the strikes" is criticism.
         */
        boolean liesInside(CueMatch other) {
            return other.cue.label() != cue.label() && other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    /**
     * Whether the words right after a cue name a partner as its target ("criticized the Kremlin", "dissatisfaction
     * with Moscow's inaction", "defended Russia's role"), not as a victim ("attack on Iran", "violation of Iran's
     * sovereignty").
     */
    private static boolean targetsPartner(List<String> words, List<String> countries, int from, Set<String> partners) {
        for (int j = from; j < Math.min(words.size(), from + TARGET_WINDOW); j++) {
            String country = countries.get(j);
            if (country == null) {
                continue;
            }
            boolean victim = j > from && VICTIM_MARKERS.contains(words.get(j - 1)); // a word of the cue itself does not count
            return partners.contains(country) && !victim;
        }
        return false;
    }

    /** The index of the first sentence that ends after an offset (sentences are in text order). */
    private static int firstEndingAfter(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Words that describe circumstances or someone else's act rather than the speaker's stance: "amid escalating
     * tensions", "thanked Russia for condemning the attack", "the right to defend itself".
     */
    private static boolean isCircumstance(List<String> words, int i, StanceCue cue) {
        String before = i > 0 ? words.get(i - 1) : "";
        if (before.equals("for") && cue.label() == Label.CONDEMNATION) {
            return true;
        }
        if (before.equals("to") && i >= 2 && words.get(i - 2).startsWith("right") && cue.label() == Label.WARNING) {
            return true; // "Iran's right to defend itself" grants a right, it does not threaten
        }
        for (int j = i - 1; j >= Math.max(0, i - CIRCUMSTANCE_REACH); j--) {
            if (CLAUSE_BREAKS.contains(words.get(j))) {
                return false;
            }
            if (words.get(j).equals("amid")) {
                return true; // "amid escalating tensions", "amid the tense global outrage"
            }
        }
        return false;
    }

    /**
     * Whether word i is negated: an odd number of negators stand before it in its clause ("did not request help";
     * "cannot fail to be a cause of concern" is affirmed). "not only" and "not even" do not negate.
     */
    private boolean negatedAt(List<String> words, int i, List<String> countries) {
        boolean negated = false;
        int j = i - 1;
        while (j >= Math.max(0, i - NEGATION_REACH)) {
            boolean yetTo = words.get(j).equals("yet") && j + 1 < words.size() && words.get(j + 1).equals("to"); // "has yet to"
            boolean newSubject = words.get(j).equals("and") && j + 1 < countries.size() && countries.get(j + 1) != null;
            if ((CLAUSE_BREAKS.contains(words.get(j)) && !yetTo) || newSubject) {
                break;
            }
            int length = negators.lengthEndingAt(words, j + 1);
            String next = j + 1 < words.size() ? words.get(j + 1) : "";
            if (length > 0 && !next.equals("only") && !next.equals("even")) {
                negated = !negated;
                j -= length;
            } else {
                j--;
            }
        }
        return negated;
    }
}
