package org.reactions.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.reactions.knowledge.CountryCode;

/**
 * The knowledge base's actors by country and name, and the sole holder of each office in a country: "Iran's
 * foreign minister" is the knowledge base's Iranian Foreign Minister when there is exactly one. The bundled
 * holders hold their offices from a day on ({@link ActorKnowledgeBase#officesFrom()}): a document dated before it
 * names the office, not them; the holders of a user's files always count.
 */
final class OfficeHolders {
    /** the brackets of a role, which say how or when it is held, not which office it is */
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(.*\\)");

    private record Key(CountryCode country, String name) {
    }

    /** A holder of an office and when they held it. */
    private record Holder(Actor actor, HeldPeriod period) {
    }

    private final Map<Key, Actor> byName;
    private final Map<Key, List<Holder>> byOffice;
    private final Predicate<Actor> fromUser;
    private final LocalDate officesFrom;
    /** the document's date, or null for an undated document, which asks about today */
    private final LocalDate day;
    private final boolean bundledHold;

    OfficeHolders(List<KnownActor> actors, Predicate<Actor> fromUser, LocalDate officesFrom) {
        this.byName = new HashMap<>();
        this.byOffice = new HashMap<>();
        this.fromUser = fromUser;
        this.officesFrom = officesFrom;
        this.day = null;
        this.bundledHold = true;
        for (KnownActor known : actors) {
            Actor actor = known.actor();
            byName.put(new Key(actor.country(), actor.name()), actor);
            if (actor.type() == ActorType.PERSON && actor.role() != null && actor.country() != null) {
                byOffice.computeIfAbsent(new Key(actor.country(), office(actor.role())), k -> new ArrayList<>(1))
                        .add(new Holder(actor, HeldPeriod.of(actor.role())));
            }
        }
    }

    /** The same holders, read as of a day: the maps are shared, never written after the constructor above. */
    private OfficeHolders(OfficeHolders all, LocalDate day) {
        this.byName = all.byName;
        this.byOffice = all.byOffice;
        this.fromUser = all.fromUser;
        this.officesFrom = all.officesFrom;
        this.day = day;
        this.bundledHold = day == null || !day.isBefore(officesFrom);
    }

    /** The holders as of a document's date (null for an undated document, which is taken as current). */
    OfficeHolders on(LocalDate date) {
        return new OfficeHolders(this, date);
    }

    /**
     * Whether a known official held the role the knowledge base gives that day: "Former Russian President Dmitry
     * Medvedev" still speaks as an official when his present office is another.
     */
    boolean holdsOwnOffice(Actor known) {
        return known.official() && HeldPeriod.offices(known.role() == null ? "" : known.role()).stream().anyMatch(o -> HeldPeriod.of(o).holds(day));
    }

    /**
     * Whether a knowledge-base official had left every office the role names by a dated document's day ("Vice President
     * for Strategic Affairs (until March 2025)" in 2026), so that the person speaks for no state. One who died in office
     * ("(killed February 2026)") still speaks as its holder in the words quoted from them. An undated document may be of
     * any time in office, so it puts no one out.
     */
    boolean leftOffice(Actor known) {
        if (day == null || !known.official() || known.role() == null || known.origin() != Actor.Origin.KNOWLEDGE_BASE) {
            return false;
        }
        boolean left = false;
        for (String office : HeldPeriod.offices(known.role())) {
            HeldPeriod period = HeldPeriod.of(office);
            if (period.holds(day) || HeldPeriod.diedIn(office)) {
                return false;
            }
            left |= period.to() != null && day.isAfter(period.to());
        }
        return left;
    }

    /** "Foreign Minister (acting)" and "foreign minister" are one office, and so are "ambassador to (the) United States". */
    static String office(String role) {
        return BRACKETS.matcher(role).replaceAll("").toLowerCase(Locale.ROOT).replace(" the ", " ");
    }

    /**
     * The one holder that day of an office of an institution the knowledge base knows, by its role or its title as
     * written ("the head of Iran's Atomic Energy Organization" is the person whose role is "Head of the Atomic Energy
     * Organization of Iran", "the FSB director" the "Director of the FSB"), or null.
     */
    Actor holderAt(Actor institution, CountryCode country, String... roles) {
        if (institution == null || institution.origin() != Actor.Origin.KNOWLEDGE_BASE) {
            return null;
        }
        for (String role : roles) {
            Actor holder = soleHolder(country, role + " of the " + institution.name());
            if (holder != null) {
                return holder;
            }
        }
        return null;
    }

    /** The knowledge base's actor of a country with this name, or null. */
    Actor named(CountryCode country, String name) {
        return byName.get(new Key(country, name));
    }

    /**
     * The one holder of an office in a country that day, or null when the knowledge base has none or several: the
     * brackets of a role say when it was held ("Supreme Leader (killed February 2026)", {@link HeldPeriod}).
     */
    Actor soleHolder(CountryCode country, String role) {
        Actor sole = null;
        for (Holder h : byOffice.getOrDefault(new Key(country, office(role)), List.of())) {
            if (h.period().holds(day) && (bundledHold || fromUser.test(h.actor()))) {
                if (sole != null) {
                    return null;
                }
                sole = h.actor();
            }
        }
        return sole;
    }
}
