package id.plaju.pelita.organization;

import id.plaju.pelita.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An ASN (PNS or PPPK) working in one unit of Plaju. */
@Entity
@Table(name = "employee")
public class Employee extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 18)
    private String nip;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    private Golongan golongan;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 4)
    private EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_family", nullable = false, length = 12)
    private PositionFamily positionFamily;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_level", length = 15)
    private PositionLevel positionLevel;

    @Column(name = "position_title", nullable = false, length = 150)
    private String positionTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private boolean active = true;

    protected Employee() {
    }

    Employee(EmployeeData data, Unit unit) {
        apply(data, unit);
    }

    /** Takes over validated data; birth date and gender always follow the NIP. */
    void apply(EmployeeData data, Unit unit) {
        Nip parsed = Nip.parse(data.nip());
        this.nip = parsed.value();
        this.birthDate = parsed.birthDate();
        this.gender = parsed.gender();
        this.fullName = data.fullName().strip();
        this.golongan = data.golongan();
        this.employmentType = data.employmentType();
        this.positionFamily = data.positionFamily();
        this.positionLevel = data.positionLevel();
        this.positionTitle = data.positionTitle().strip();
        this.unit = unit;
        this.active = data.active();
    }

    public String getNip() {
        return nip;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public Golongan getGolongan() {
        return golongan;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public PositionFamily getPositionFamily() {
        return positionFamily;
    }

    public PositionLevel getPositionLevel() {
        return positionLevel;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Unit getUnit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }
}
