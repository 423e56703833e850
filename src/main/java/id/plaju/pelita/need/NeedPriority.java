package id.plaju.pelita.need;

/** How urgent the proposer finds a need. */
public enum NeedPriority {
    TINGGI, SEDANG, RENDAH;

    public String translationKey() {
        return "need.priority." + name();
    }
}
