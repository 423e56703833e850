package id.plaju.pelita.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@PelitaSpringTest
class OrganizationServiceTest {

    @Autowired
    OrganizationService organization;

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void headcountsAreCountedPerUnitLargestFirst() {
        List<UnitHeadcount> headcounts = organization.headcountPerUnit();

        assertThat(headcounts).hasSize(16);
        assertThat(headcounts.stream().mapToLong(UnitHeadcount::employees).sum())
                .isEqualTo(organization.countActiveEmployees()).isEqualTo(150);
        assertThat(headcounts).extracting(UnitHeadcount::employees).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(headcounts).filteredOn(h -> h.code().equals("KEL-PLAJU-ULU"))
                .singleElement().extracting(UnitHeadcount::employees).isEqualTo(16L);
    }

    @Test
    void refusesAnonymousCallers() {
        assertThatThrownBy(() -> organization.headcountPerUnit())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
