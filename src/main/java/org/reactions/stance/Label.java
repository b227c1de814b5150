package org.reactions.stance;

/** Stance labels, as defined in the annotation guidelines. Declaration order is the order of output. */
public enum Label {
    /** criticises, condemns or opposes the strikes, the US or Israel */
    CONDEMNATION,
    /** calls for ceasefire, restraint, dialogue, negotiations */
    DE_ESCALATION,
    /** warns of escalation, dangerous consequences, proliferation, instability */
    WARNING,
    /** supports Iran or its people, says a partnership stays strong, praises a partner's support */
    SOLIDARITY,
    /** no military help sought, offered or owed; no defence obligation; stays out */
    NON_INTERVENTION,
    /** disappointment with or criticism of a partner's (in)action */
    GRIEVANCE,
    /** none of the above */
    OTHER
}
