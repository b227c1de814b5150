package org.reactions.entities;

import java.util.Optional;

/** The archive of officials as of one document's date: who a name not in the knowledge base is, that day. */
@FunctionalInterface
interface DatedArchive {
    Optional<Actor> on(String[] words);
}
