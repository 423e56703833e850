package id.plaju.pelita.organization;

public enum EmploymentType {
    PNS, PPPK
}
