package org.reactions.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/** Given names, and whole names where the given name tells nothing, with the sex they tell (lexicon/given-names.tsv). */
public final class GivenNames {
    public static final String FILE = "reactions/lexicon/given-names.tsv";
    private final Map<String, Gender> names;

    private GivenNames(Map<String, Gender> names) {
        this.names = Map.copyOf(names);
    }

    public static GivenNames bundled() {
        Map<String, Gender> names = new HashMap<>();
        for (DataRow row : DataFiles.resource(FILE, 2)) {
            String name = row.get(0);
            if (!name.equals(name.toLowerCase(Locale.ROOT))) {
                throw row.error("name must be lower case: '" + name + "'");
            }
            try {
                Gender gender = Gender.parse(row.get(1));
                if (gender == Gender.UNKNOWN || names.put(name, gender) != null) {
                    throw row.error("name '" + name + "' is listed twice, or with no sex");
                }
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new GivenNames(names);
    }

    /** The sex a person's name tells: its whole name's, else its first word's; UNKNOWN when neither is listed. */
    public Gender of(String personName) {
        String name = personName.toLowerCase(Locale.ROOT).strip();
        Gender whole = names.get(name);
        if (whole != null) {
            return whole;
        }
        int space = name.indexOf(' ');
        return space < 0 ? Gender.UNKNOWN : names.getOrDefault(name.substring(0, space), Gender.UNKNOWN);
    }

    /** Every name listed, for the test that each is well-formed. */
    public Set<String> names() {
        return names.keySet();
    }
}
