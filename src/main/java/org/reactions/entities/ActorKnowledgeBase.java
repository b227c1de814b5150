package org.reactions.entities;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.knowledge.KnowledgeException;

/**
 * Everything the entity stage knows before it reads a document: countries (names, metonyms, demonyms), actors
 * (officials, named institutions, outlets), titles, institution kinds and pronouns. Loaded from the data files
 * under {@code src/main/resources/reactions}, optionally extended by the user's own actor files.
 */
public final class ActorKnowledgeBase {
    public static final String COUNTRIES = "reactions/kb/countries.tsv";
    public static final String ACTORS = "reactions/kb/actors.tsv";
    public static final String TITLES = "reactions/lexicon/titles.tsv";
    public static final String INSTITUTIONS = "reactions/lexicon/institutions.tsv";
    public static final String PRONOUNS = "reactions/lexicon/pronouns.tsv";
    public static final String NOT_ACTORS = "reactions/lexicon/not-actors.tsv";
    public static final String OFFICES_PERIOD = "reactions/kb/offices-period.tsv";

    private final Map<CountryCode, Country> countries;
    private final List<KnownActor> actors;
    private final List<Title> titles;
    private final List<InstitutionKind> institutionKinds;
    private final Map<String, Anaphor> pronouns;
    private final List<String> notActors;
    private final SpellingVariants spellingVariants;
    /** the archive tier, read once, in the background, when a run first asks for it (null until then; guarded by this) */
    private CompletableFuture<ArchiveActors> archive;
    /** the actors of --actors files, with the file each comes from */
    private final Map<Actor, String> userFiles = new HashMap<>();
    private LocalDate officesFrom;
    private GivenNames givenNames;
    /** the --actors files, in the order they were read */
    private List<Path> userActorFiles = List.of();

    ActorKnowledgeBase(Map<CountryCode, Country> countries, List<KnownActor> actors, List<Title> titles,
                       List<InstitutionKind> institutionKinds, Map<String, Anaphor> pronouns, List<String> notActors,
                       SpellingVariants spellingVariants) {
        this.countries = Map.copyOf(countries);
        this.actors = List.copyOf(actors);
        this.titles = List.copyOf(titles);
        this.institutionKinds = List.copyOf(institutionKinds);
        this.pronouns = Map.copyOf(pronouns);
        this.notActors = List.copyOf(notActors);
        this.spellingVariants = spellingVariants;
    }

    /** The bundled knowledge base. */
    public static ActorKnowledgeBase bundled() {
        return load(List.of());
    }

    /**
     * The bundled knowledge base extended by user files in the format of {@code actors.tsv}: an entry with the
     * name of a bundled one (in the same country) replaces it, others are added.
     */
    public static ActorKnowledgeBase load(List<Path> userActorFiles) {
        Map<CountryCode, Country> countries = new LinkedHashMap<>();
        for (DataRow row : DataFiles.resource(COUNTRIES, 5)) {
            CountryCode code = row.countryCode(0);
            if (countries.put(code, new Country(code, row.get(1), row.list(2), row.list(3), row.yesNo(4))) != null) {
                throw row.error("country " + code + " is listed twice");
            }
        }
        Map<String, KnownActor> actors = new LinkedHashMap<>();
        List<DataRow> rows = new ArrayList<>(DataFiles.resource(ACTORS, 5));
        int bundledRows = rows.size();
        for (Path file : userActorFiles) {
            rows.addAll(DataFiles.file(file, 5));
        }
        Map<Actor, String> userFiles = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            KnownActor known = actor(rows.get(i), countries);
            actors.put(known.actor().country() + "\t" + known.actor().name(), known);
            if (i >= bundledRows) {
                userFiles.put(known.actor(), rows.get(i).source());
            }
        }
        ActorKnowledgeBase kb = new ActorKnowledgeBase(countries, new ArrayList<>(actors.values()), loadTitles(), loadInstitutionKinds(),
                loadPronouns(), DataFiles.resource(NOT_ACTORS, 1).stream().map(row -> row.get(0)).toList(), SpellingVariants.bundled());
        kb.userFiles.putAll(userFiles);
        kb.userActorFiles = List.copyOf(userActorFiles);
        kb.officesFrom = loadOfficesFrom();
        kb.givenNames = GivenNames.bundled();
        return kb;
    }

    /**
     * Starts reading the archive tier in the background unless it has been started already: a run that reads
     * documents calls this at its start, as it will consult the archive at the first name it does not know; a run
     * that never reads a document never reads the archive.
     */
    public synchronized CompletableFuture<ArchiveActors> loadArchive() {
        if (archive == null) {
            archive = CompletableFuture.supplyAsync(() -> ArchiveActors.bundled(countries));
        }
        return archive;
    }

    /** The archive tier of officials with their offices' dates (some 15,000 people), read once, at the first call. */
    public ArchiveActors archive() {
        try {
            return loadArchive().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The first day on which the bundled actors' offices hold (kb/offices-period.tsv). */
    public LocalDate officesFrom() {
        return officesFrom;
    }

    private static LocalDate loadOfficesFrom() {
        for (DataRow row : DataFiles.resource(OFFICES_PERIOD, 2)) {
            if (row.get(0).equals("offices-from")) {
                try {
                    return LocalDate.parse(row.get(1));
                } catch (java.time.format.DateTimeParseException e) {
                    throw row.error("not a date (YYYY-MM-DD): " + row.get(1));
                }
            }
            throw row.error("unknown key '" + row.get(0) + "' (offices-from)");
        }
        throw new KnowledgeException(OFFICES_PERIOD + ": no offices-from line");
    }

    /** The --actors files it was loaded with, in order (none for the bundled knowledge base). */
    public List<Path> userActorFiles() {
        return userActorFiles;
    }

    /** The --actors file an actor comes from, or empty for a bundled actor (or one not of the knowledge base). */
    public Optional<String> userFile(Actor actor) {
        return Optional.ofNullable(userFiles.get(actor));
    }

    private static KnownActor actor(DataRow row, Map<CountryCode, Country> countries) {
        String written = row.optional(0);
        if (written != null && !(CountryCode.wellFormed(written) && countries.containsKey(CountryCode.of(written)))) {
            throw row.error("unknown country code '" + written + "' (see " + COUNTRIES + ")");
        }
        CountryCode country = written == null ? null : CountryCode.of(written);
        ActorType type;
        try {
            type = ActorType.parse(row.get(1));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
        if (type == ActorType.STATE) {
            throw row.error("states are listed in " + COUNTRIES + ", not as actors");
        }
        boolean official = type != ActorType.OUTLET;
        Actor actor = new Actor(row.get(2), row.optional(3), type, country, official, Actor.Origin.KNOWLEDGE_BASE);
        return new KnownActor(actor, row.list(4));
    }

    private static List<Title> loadTitles() {
        List<Title> titles = new ArrayList<>();
        for (DataRow row : DataFiles.resource(TITLES, 5)) {
            String number = row.get(3);
            if (!number.equals("singular") && !number.equals("plural")) {
                throw row.error("number must be singular or plural");
            }
            List<String> refersBack = row.get(4).equals("any") ? List.of() : row.optional(4) == null ? null : row.list(4);
            titles.add(new Title(lowerPhrase(row, 0), row.get(1), row.yesNo(2), number.equals("plural"), refersBack));
        }
        return titles;
    }

    private static List<InstitutionKind> loadInstitutionKinds() {
        List<InstitutionKind> kinds = new ArrayList<>();
        for (DataRow row : DataFiles.resource(INSTITUTIONS, 4)) {
            ActorType type;
            try {
                type = ActorType.parse(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            kinds.add(new InstitutionKind(lowerPhrase(row, 0), row.get(1), type, row.list(3)));
        }
        return kinds;
    }

    private static Map<String, Anaphor> loadPronouns() {
        Map<String, Anaphor> pronouns = new LinkedHashMap<>();
        for (DataRow row : DataFiles.resource(PRONOUNS, 4)) {
            Set<ActorType> types = EnumSet.noneOf(ActorType.class);
            boolean statement = false;
            for (String refers : row.list(1)) {
                switch (refers) {
                    case "statement" -> statement = true;
                    case "any" -> types.addAll(EnumSet.of(ActorType.PERSON, ActorType.INSTITUTION, ActorType.STATE));
                    default -> {
                        try {
                            types.add(ActorType.parse(refers));
                        } catch (IllegalArgumentException e) {
                            throw row.error(e.getMessage());
                        }
                    }
                }
            }
            String number = row.get(2);
            if (!number.equals("singular") && !number.equals("plural") && !(number.equals("pair") && !statement
                    && (types.equals(EnumSet.of(ActorType.PERSON)) || types.equals(EnumSet.of(ActorType.PERSON, ActorType.STATE))))) {
                throw row.error("number must be singular, plural, or pair (for person, or person and state)");
            }
            Anaphor anaphor = number.equals("pair") ? Anaphor.twoOf(types) : Anaphor.pronoun(types, number.equals("plural"), statement);
            try {
                pronouns.put(lowerPhrase(row, 0), anaphor.withGender(Gender.parse(row.get(3))));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return pronouns;
    }

    private static String lowerPhrase(DataRow row, int column) {
        String phrase = row.get(column);
        if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
            throw row.error("phrase must be lower case: '" + phrase + "'");
        }
        return phrase;
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Optional<Country> country(CountryCode code) {
        return Optional.ofNullable(countries.get(code));
    }

    /**
     * A country as a user types it: its code in any case ("gb"), or its name or an alias ("UK", "Britain", "united
     * kingdom"); empty when nothing, or more than one country, goes by that name.
     */
    public Optional<Country> countryTyped(String typed) {
        String key = typed.strip().toLowerCase(java.util.Locale.ROOT);
        String upper = key.toUpperCase(java.util.Locale.ROOT);
        Country byCode = CountryCode.wellFormed(upper) ? countries.get(CountryCode.of(upper)) : null;
        if (byCode != null) {
            return Optional.of(byCode);
        }
        List<Country> named = countries.values().stream()
                .filter(c -> c.name().equalsIgnoreCase(key) || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(key))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    public List<KnownActor> actors() {
        return actors;
    }

    public List<Title> titles() {
        return titles;
    }

    public List<InstitutionKind> institutionKinds() {
        return institutionKinds;
    }

    public Map<String, Anaphor> pronouns() {
        return pronouns;
    }

    /** Given names and the sex they tell (lexicon/given-names.tsv). */
    public GivenNames givenNames() {
        return givenNames;
    }

    /** Capitalised words and names that are never actors. */
    public List<String> notActors() {
        return notActors;
    }

    /** The words spelled otherwise in British and American news (lexicon/spelling-variants.tsv). */
    public SpellingVariants spellingVariants() {
        return spellingVariants;
    }
}
