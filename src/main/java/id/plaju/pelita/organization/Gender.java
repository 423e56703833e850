package id.plaju.pelita.organization;

public enum Gender {
    MALE, FEMALE
}
