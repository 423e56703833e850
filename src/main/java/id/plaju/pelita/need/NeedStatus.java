package id.plaju.pelita.need;

/**
 * Where a training need stands, as its proposer sees it: proposed (diusulkan), endorsed by a head
 * (disetujui), answered by a planned programme (direncanakan), that programme held (terlaksana).
 */
public enum NeedStatus {
    PROPOSED, ENDORSED, PLANNED, DONE;

    public String translationKey() {
        return "need.status." + name();
    }
}
