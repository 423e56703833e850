package id.plaju.pelita.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.ActionList;
import id.plaju.pelita.analytics.DashboardReportService;
import id.plaju.pelita.base.Today;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Unduh laporan (PDF)": the report of the dashboard as it stands, read back with PDFBox (its text, its images). */
@PelitaSpringTest
class DashboardReportTest extends SpringBrowserlessTest {

    @Autowired
    Today today;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("camat")
    void theReportHoldsTheCoverTheHeadlinesEveryChartAndTheKeyTables() throws IOException {
        DashboardView view = navigate(DashboardView.class);
        Map<String, byte[]> images = new HashMap<>();
        List<DashboardPanel> panels = view.panels();
        for (DashboardPanel panel : panels) {
            images.put(panel.chart.getId().orElseThrow(), png(Color.ORANGE));
        }
        // one chart that did not arrive, one that is not a PNG: both are named as missing, neither breaks the report
        images.remove("chart-trained-vs-not");
        images.put("chart-relevance-ranking", "<svg onload=alert(1)>".getBytes());
        long audited = reports();

        byte[] pdf = view.buildReport(images);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("PELITA — Laporan Dasbor Pelatihan dan Motivasi", "Semua unit saya",
                    "Tahun " + today.year(), view.round.getValue().title());
            assertThat(text).contains(view.kpiParticipation.label + " " + view.kpiParticipation.value.getText());
            assertThat(text).contains(view.kpiJp.value.getText(), view.kpiIndex.value.getText());
            assertThat(text).contains(view.suppressedNote.getText().substring(0, 60));
            for (DashboardPanel panel : panels) {
                assertThat(text).contains(panel.data().title().replaceAll("\\s+", " "));
            }
            assertThat(text).contains("Grafik ini tidak terkirim dari peramban");
            ActionList.Behind first = view.actionList.list().staff().getFirst();
            assertThat(text).contains("Pegawai di bawah 20 JP", first.nip(), view.scorecardTitle.getText());
            assertThat(images(document)).isEqualTo(panels.size() - 2);
        }
        assertThat(reports()).isEqualTo(audited + 1);
    }

    @Test
    void theBrowsersAnswerIsReadDefensively() throws IOException {
        String png = Base64.getEncoder().encodeToString(png(Color.BLUE));
        Map<String, byte[]> images = DashboardView.images("[[\"chart-a\", \"data:image/png;base64," + png + "\"],"
                + "[\"chart-b\", \"data:image/svg+xml;base64,PHN2Zz4=\"], [\"chart-c\", \"\"], [\"chart-d\"]]");
        assertThat(images).containsOnlyKeys("chart-a");
        assertThat(DashboardReportService.acceptable(images.get("chart-a"))).isTrue();
        assertThat(DashboardView.images("not json")).isEmpty();
        assertThat(DashboardView.images("{\"a\": 1}")).isEmpty();
        assertThat(DashboardReportService.acceptable("GIF89a....".getBytes())).isFalse();
        assertThat(DashboardReportService.acceptable(new byte[DashboardReportService.MAX_IMAGE_BYTES + 1])).isFalse();
    }

    private long reports() {
        return jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and target = 'dashboard-report'")
                .query(Long.class).single();
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
