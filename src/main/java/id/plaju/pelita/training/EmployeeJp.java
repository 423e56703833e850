package id.plaju.pelita.training;

import java.math.BigDecimal;

/** An employee's JP total for a year, for the lists heads and admins see. */
public record EmployeeJp(long employeeId, String nip, String fullName, String unitName, BigDecimal klasikal,
        BigDecimal nonklasikal) {

    public BigDecimal total() {
        return klasikal.add(nonklasikal);
    }

    public Jp.Compliance compliance() {
        return Jp.compliance(total());
    }
}
