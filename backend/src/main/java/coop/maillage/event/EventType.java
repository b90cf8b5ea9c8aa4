package coop.maillage.event;

/** What kind of event. */
public enum EventType {
    /** A Start-Up de Territoire evening. */
    STARTUP_DE_TERRITOIRE,
    /** A territorial challenge (défi territorial). */
    DEFI_TERRITORIAL,
    /** A creative challenge (défi créatif). */
    DEFI_CREATIF,
    /** A prototyping challenge (défi prototypage). */
    DEFI_PROTOTYPAGE,
    /** A general assembly of the SCIC. */
    ASSEMBLEE_GENERALE,
    /** A college meeting. */
    REUNION_COLLEGE,
    /** Any other event. */
    OTHER
}
