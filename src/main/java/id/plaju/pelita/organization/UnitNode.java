package id.plaju.pelita.organization;

/** A unit as the unit tree and pickers show it, with its number of active employees. */
public record UnitNode(long id, String code, String name, UnitType type, Long parentId, boolean active,
        long employees) {

    /** "Kelurahan Plaju Ulu (KEL-PLAJU-ULU)" */
    public String label() {
        return name + " (" + code + ")";
    }
}
