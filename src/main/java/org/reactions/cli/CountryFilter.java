package org.reactions.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.entities.Country;
import org.reactions.knowledge.CountryCode;
import picocli.CommandLine;

/** The --country filter of statements and actors: codes the knowledge base knows, and, for statements, analysed. */
final class CountryFilter {
    private CountryFilter() {
    }

    /**
     * @param analysed the countries analysed (--countries), whose statements alone can be listed; null when any
     *                 country of the knowledge base can be asked for
     * @return the codes as the knowledge base spells them; empty for no filter
     */
    static Set<CountryCode> codes(CommandLine commandLine, List<String> typed, ActorKnowledgeBase kb, List<String> analysed) {
        Set<CountryCode> codes = new LinkedHashSet<>();
        for (String country : typed) {
            CountryCode code = kb.countryTyped(country).map(Country::code).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                    "--country: unknown country code '" + country + "' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)"));
            List<String> requested = analysed == null ? List.of()
                    : analysed.stream().map(c -> kb.countryTyped(c).map(known -> known.code().value()).orElse(InputOptions.countryCode(c))).toList();
            if (analysed != null && !requested.contains(code.value())) {
                throw new CommandLine.ParameterException(commandLine, "--country: " + code + " is not among the countries analysed ("
                        + String.join(",", requested) + "); add it to --countries");
            }
            codes.add(code);
        }
        return codes;
    }
}
