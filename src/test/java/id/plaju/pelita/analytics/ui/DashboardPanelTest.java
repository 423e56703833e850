package id.plaju.pelita.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.analytics.Share;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DashboardPanelTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Test
    void tableValuesAreWrittenInTheReadersLanguage() {
        assertThat(DashboardPanel.format(new Share(0.22222), INDONESIAN)).isEqualTo("22,2%");
        assertThat(DashboardPanel.format(new Share(0.22222), Locale.ENGLISH)).isEqualTo("22.2%");
        assertThat(DashboardPanel.format(4.1667, INDONESIAN)).isEqualTo("4,2");
        assertThat(DashboardPanel.format(4.1667, Locale.ENGLISH)).isEqualTo("4.2");
        assertThat(DashboardPanel.format(1234L, INDONESIAN)).isEqualTo("1.234");
        assertThat(DashboardPanel.format(null, INDONESIAN)).isEqualTo("—");
        assertThat(DashboardPanel.format("Kelurahan Plaju Ulu", INDONESIAN)).isEqualTo("Kelurahan Plaju Ulu");
    }
}
