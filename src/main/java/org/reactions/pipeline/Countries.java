package org.reactions.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.KnowledgeException;

/** The countries a run reports on: the installation's default, and codes as users type them, checked. */
public final class Countries {
    private static final String PROFILE = "reactions/profile.properties";

    private Countries() {
    }

    /** The default countries, from {@code reactions/profile.properties}; a code of another shape is an error naming it. */
    public static List<CountryCode> defaults() {
        Properties profile = new Properties();
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(PROFILE)) {
            if (in != null) {
                profile.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(profile.getProperty("countries", "RU,CN,IR").split(",")).map(code -> {
            if (!CountryCode.wellFormed(code)) {
                throw new KnowledgeException(PROFILE + ": countries: country code must be two upper-case letters, found '" + code + "'");
            }
            return CountryCode.of(code);
        }).toList();
    }

    /** A country code as the knowledge base spells it, from one as a user typed it (" ru"), for messages. */
    public static String normalize(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The codes of the countries typed, in the order given, without repeats; a country's name or alias stands for its
     * code ("UK" for GB).
     *
     * @throws IllegalArgumentException naming the first code the knowledge base does not know
     */
    public static List<CountryCode> validated(List<String> typed, ActorKnowledgeBase kb) {
        LinkedHashSet<CountryCode> codes = new LinkedHashSet<>();
        for (String country : typed) {
            codes.add(kb.countryTyped(country).orElseThrow(() -> new IllegalArgumentException(
                    "unknown country code '" + country + "' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)")).code());
        }
        return List.copyOf(codes);
    }
}
