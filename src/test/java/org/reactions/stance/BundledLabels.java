package org.reactions.stance;

/** The bundled labels, loaded once for the tests, and those the tests speak of by name. */
public final class BundledLabels {
    public static final Labels LABELS = Labels.bundled();
    public static final Label CONDEMNATION = LABELS.valueOf("CONDEMNATION");
    public static final Label DE_ESCALATION = LABELS.valueOf("DE_ESCALATION");
    public static final Label WARNING = LABELS.valueOf("WARNING");
    public static final Label SOLIDARITY = LABELS.valueOf("SOLIDARITY");
    public static final Label NON_INTERVENTION = LABELS.valueOf("NON_INTERVENTION");
    public static final Label GRIEVANCE = LABELS.valueOf("GRIEVANCE");
    public static final Label OTHER = LABELS.valueOf("OTHER");

    private BundledLabels() {
    }
}
