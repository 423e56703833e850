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

/** An organizational unit of Kecamatan Plaju (the kecamatan, its sections, its kelurahan). */
@Entity
@Table(name = "unit")
public class Unit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(String code, String name, UnitType type, Unit parent) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parent = parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public Unit getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    void rename(String name) {
        this.name = name;
    }

    void moveTo(Unit parent) {
        this.parent = parent;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
