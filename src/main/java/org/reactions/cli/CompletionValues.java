package org.reactions.cli;

import java.util.Iterator;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The values the shell completes for options whose values are data or fixed words. picocli makes these objects
 * with every command line but only iterates them for completion scripts and help, so each reads its values then.
 */
final class CompletionValues {
    private CompletionValues() {
    }

    /** The country codes of kb/countries.tsv. */
    static final class CountryCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DataFiles.resource(ActorKnowledgeBase.COUNTRIES, 5).stream().map((DataRow row) -> row.get(0)).iterator();
        }
    }
}
