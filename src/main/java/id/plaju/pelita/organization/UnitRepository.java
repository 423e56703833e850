package id.plaju.pelita.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    @Query("""
            select new id.plaju.pelita.organization.UnitHeadcount(u.id, u.code, u.name, count(e.id))
            from Unit u join Employee e on e.unit = u and e.active = true
            where u.active = true
            group by u.id, u.code, u.name
            order by count(e.id) desc, u.name
            """)
    List<UnitHeadcount> headcountPerUnit();
}
