package org.reactions.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.knowledge.KnowledgeException;

/**
 * The second tier of people, after the knowledge base: some 15,000 officials of 180 countries over four decades, each
 * with the offices they held and when (kb/archive-actors.tsv, converted from PETRARCH2's Phoenix dictionaries by
 * data/phoenix/convert.py). A name is looked up with the document's date: the office held that day makes its holder
 * an official of that country; a former office makes a former official, whose words are not the state's.
 */
public final class ArchiveActors {
    public static final String PEOPLE = "reactions/kb/archive-actors.tsv";
    public static final String ROLES = "reactions/lexicon/archive-roles.tsv";

    /** An office: its country, role code, and first and last day (null when not known or, for {@code from}, open). */
    record Office(CountryCode country, String code, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }

        boolean heldOn(LocalDate day) {
            return dated() && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * A person, with the offices as written and the line they are on: offices are read only for a name a document
     * holds, so that start-up stays short ({@code ArchiveActorsTest} reads every row).
     */
    record Person(String name, String offices, int line) {
        List<Office> read(Map<CountryCode, Country> countries) {
            return ArchiveActors.offices(new DataRow(PEOPLE, line, List.of(name, offices)), offices, countries);
        }
    }

    private record Role(String name, boolean official) {
    }

    private final Map<String, Person> byName;
    private final Map<String, Role> roles;
    private final Map<CountryCode, Country> countries;

    private ArchiveActors(Map<String, Person> byName, Map<String, Role> roles, Map<CountryCode, Country> countries) {
        this.byName = byName;
        this.roles = roles;
        this.countries = countries;
    }

    /** The bundled archive; its rows name countries of {@code countries}, others are an error that names the row. */
    public static ArchiveActors bundled(Map<CountryCode, Country> countries) {
        Map<String, Role> roles = new HashMap<>();
        for (DataRow row : DataFiles.resource(ROLES, 3)) {
            roles.put(row.get(0), new Role(row.get(1), row.yesNo(2)));
        }
        Map<String, Person> byName = new HashMap<>(1 << 16);
        InputStream in = ArchiveActors.class.getClassLoader().getResourceAsStream(PEOPLE);
        if (in == null) {
            throw new KnowledgeException(PEOPLE + ": bundled data file is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int nameEnd = line.indexOf('\t');
                int aliasesEnd = line.indexOf('\t', nameEnd + 1);
                if (nameEnd < 0 || aliasesEnd < 0) {
                    throw new KnowledgeException(PEOPLE + ":" + number + ": expected name, aliases and offices, tab-separated");
                }
                Person person = new Person(line.substring(0, nameEnd), line.substring(aliasesEnd + 1), number);
                byName.put(key(person.name()), person);
                String aliases = line.substring(nameEnd + 1, aliasesEnd);
                if (!aliases.equals(DataRow.NONE)) {
                    for (String alias : aliases.split("\\|")) {
                        byName.put(key(alias), person);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArchiveActors(byName, roles, countries);
    }

    private static List<Office> offices(DataRow row, String written, Map<CountryCode, Country> countries) {
        List<Office> offices = new ArrayList<>();
        for (String office : written.split(";")) {
            String[] parts = office.split(":", -1);
            if (parts.length != 4 || !CountryCode.wellFormed(parts[0]) || !countries.containsKey(CountryCode.of(parts[0]))) {
                throw row.error("office '" + office + "' is not country:role:from:to with a country of " + ActorKnowledgeBase.COUNTRIES);
            }
            try {
                offices.add(new Office(CountryCode.of(parts[0]), parts[1], parts[2].isEmpty() ? null : LocalDate.parse(parts[2]),
                        parts[3].isEmpty() ? null : LocalDate.parse(parts[3])));
            } catch (DateTimeParseException e) {
                throw row.error("office '" + office + "' has a date that is not YYYY-MM-DD");
            }
        }
        return offices;
    }

    /** The lookup key of a name: its words in lower case, without diacritics, one space apart. */
    static String key(String name) {
        String spaced = name.indexOf("  ") < 0 && name.strip().length() == name.length() ? name : String.join(" ", name.strip().split("\\s+"));
        for (int i = 0; i < spaced.length(); i++) {
            if (spaced.charAt(i) > 127) {
                return NameSimilarity.fold(spaced);
            }
        }
        return spaced.toLowerCase(Locale.ROOT); // most names: no diacritics to take off
    }

    /**
     * The person of this name (two words or more) as of {@code day}: an official of the country whose office they
     * held that day; else what their undated office says (a former official, usually); a person with no office
     * known that day, or any day when the document has no date, is known by country but not as an official.
     */
    public Optional<Actor> on(String[] words, LocalDate day) {
        Person person = words.length < 2 ? null : byName.get(key(String.join(" ", words)));
        if (person == null) {
            return Optional.empty();
        }
        List<Office> offices = person.read(countries);
        Office office = day == null ? null : offices.stream().filter(o -> o.heldOn(day)).findFirst()
                .orElseGet(() -> offices.stream().filter(o -> !o.dated()).findFirst().orElse(null));
        if (office == null) {
            Office any = offices.get(0);
            return Optional.of(new Actor(person.name(), null, ActorType.PERSON, any.country(), false, Actor.Origin.ARCHIVE));
        }
        Role role = role(office.code());
        return Optional.of(new Actor(person.name(), role.name(), ActorType.PERSON, office.country(), role.official(), Actor.Origin.ARCHIVE));
    }

    private Role role(String code) {
        Role role = roles.get(code);
        if (role == null) {
            role = code.contains("GOV") ? roles.get("GOV") : code.endsWith("ELI") ? roles.get("ELI") : new Role("non-state actor", false);
        }
        return role;
    }

    /** Every person of the archive with their offices read: for the test that each row is well-formed. */
    List<Person> people() {
        return byName.values().stream().distinct().toList();
    }

    /** The offices of a person, read and checked. */
    List<Office> offices(Person person) {
        return person.read(countries);
    }
}
