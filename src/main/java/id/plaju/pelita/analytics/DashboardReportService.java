package id.plaju.pelita.analytics;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import id.plaju.pelita.base.PdfFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Unduh laporan (PDF)": one PDF of the dashboard for the current filters — a cover (scope, period,
 * date, the headline figures and the confidentiality note), every chart as an image, and the key
 * tables. The charts are drawn by ECharts in the viewer's browser, which already holds the figures
 * the disclosure gate let through (decision 0011): the PDF holds nothing the viewer could not see.
 * Only PNG images are taken, at most {@link #MAX_CHARTS} of at most {@link #MAX_IMAGE_BYTES} each;
 * their titles come from the server, never from the browser. Every report is audited.
 */
@Service
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class DashboardReportService {

    public static final int MAX_CHARTS = 24;
    public static final int MAX_IMAGE_BYTES = 3 * 1024 * 1024;
    /** A table longer than this is cut, with a line saying how many rows the CSV holds. */
    public static final int MAX_TABLE_ROWS = 150;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Color PRIMARY = new Color(0x1a, 0x5f, 0xb4);
    private static final Color MUTED = new Color(0x5c, 0x66, 0x70);

    /** A headline figure as the dashboard shows it, already in the reader's language. */
    public record Headline(String label, String value, String change, String scope) {
    }

    /** A chart: its title (from the server) and its PNG (from the browser), or no image when it did not arrive. */
    public record Chart(String title, byte[] png) {
    }

    /**
     * Everything on the report, written in the reader's language by the view: the texts are the
     * dashboard's own. {@code cutNote} formats "{shown} of {all} rows; the CSV holds them all".
     */
    public record Report(String title, String scope, String period, String generated, List<Headline> headlines,
            List<Chart> charts, List<PanelData> tables, String confidentiality, String missingChart,
            BiFunction<Integer, Integer, String> cutNote, Locale locale) {
    }

    private final AuditService audit;

    DashboardReportService(AuditService audit) {
        this.audit = audit;
    }

    /** Whether the bytes are a PNG of an acceptable size (anything else is left out of the report). */
    public static boolean acceptable(byte[] image) {
        return image != null && image.length > PNG_SIGNATURE.length && image.length <= MAX_IMAGE_BYTES
                && Arrays.equals(Arrays.copyOf(image, PNG_SIGNATURE.length), PNG_SIGNATURE);
    }

    public byte[] pdf(Report report) {
        if (report.charts().size() > MAX_CHARTS) {
            throw new IllegalArgumentException("At most " + MAX_CHARTS + " charts");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = PdfFont.sans();
            Fonts fonts = new Fonts(new Font(base, 20, Font.NORMAL, PRIMARY), new Font(base, 14, Font.NORMAL, PRIMARY),
                    new Font(base, 10), new Font(base, 8.5f, Font.NORMAL, MUTED), new Font(base, 8));
            Document document = new Document(PageSize.A4, 40, 40, 48, 48);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(report.title() + " · " + report.generated(), fonts.small()));
            document.addTitle(report.title());
            document.addCreator("PELITA");
            document.open();
            cover(document, report, fonts);
            int images = charts(document, report, fonts);
            tables(document, report, fonts);
            document.close();
            audit.record(AuditAction.EXPORT, "dashboard-report",
                    "PDF · " + report.scope() + " · " + report.period() + " · " + images + " charts");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The dashboard report could not be written", e);
        }
    }

    private record Fonts(Font title, Font heading, Font body, Font small, Font table) {
    }

    /** Column widths after the longest text in each column (within bounds), so an NIP stays on one line. */
    private static float[] widths(PanelData table) {
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            int longest = Math.min(table.columns().get(c).length(), 12);
            for (List<Object> row : table.rows()) {
                Object value = c < row.size() ? row.get(c) : null;
                longest = Math.max(longest, value == null ? 1 : value.toString().length());
            }
            widths[c] = Math.clamp(longest, 4, 36);
        }
        return widths;
    }

    private static void cover(Document document, Report report, Fonts fonts) {
        document.add(new Paragraph(report.title(), fonts.title()));
        for (String line : List.of(report.scope(), report.period(), report.generated())) {
            Paragraph p = new Paragraph(line, fonts.body());
            p.setSpacingBefore(4);
            document.add(p);
        }
        PdfPTable kpis = new PdfPTable(new float[] {3, 1.3f, 2.4f, 2.4f});
        kpis.setWidthPercentage(100);
        kpis.setSpacingBefore(18);
        for (Headline h : report.headlines()) {
            kpis.addCell(cell(h.label(), fonts.body()));
            kpis.addCell(cell(h.value(), fonts.heading()));
            kpis.addCell(cell(h.change(), fonts.small()));
            kpis.addCell(cell(h.scope(), fonts.small()));
        }
        document.add(kpis);
        Paragraph note = new Paragraph(report.confidentiality(), fonts.small());
        note.setSpacingBefore(14);
        document.add(note);
    }

    /** @return how many chart images went in; a chart's title and image stay on one page */
    private static int charts(Document document, Report report, Fonts fonts) throws DocumentException {
        int images = 0;
        float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        for (Chart chart : report.charts()) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setSpacingBefore(14);
            block.setKeepTogether(true);
            PdfPCell title = new PdfPCell(new Phrase(chart.title(), fonts.heading()));
            title.setBorder(PdfPCell.NO_BORDER);
            title.setPaddingBottom(6);
            block.addCell(title);
            Image image = acceptable(chart.png()) ? image(chart.png()) : null;
            PdfPCell content;
            if (image == null) {
                content = new PdfPCell(new Phrase(report.missingChart(), fonts.small()));
            } else {
                image.scaleToFit(width, 300);
                content = new PdfPCell(image, false);
                content.setHorizontalAlignment(Element.ALIGN_CENTER);
                images++;
            }
            content.setBorder(PdfPCell.NO_BORDER);
            block.addCell(content);
            document.add(block);
        }
        return images;
    }

    private static Image image(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static void tables(Document document, Report report, Fonts fonts) {
        for (PanelData table : report.tables()) {
            document.newPage();
            document.add(new Paragraph(table.title(), fonts.heading()));
            if (table.columns().isEmpty()) {
                continue;
            }
            PdfPTable grid = new PdfPTable(widths(table));
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(8);
            grid.setHeaderRows(1);
            for (String column : table.columns()) {
                PdfPCell header = cell(column, fonts.small());
                header.setBackgroundColor(new Color(0xee, 0xf2, 0xf7));
                grid.addCell(header);
            }
            List<List<Object>> rows = table.rows().size() > MAX_TABLE_ROWS ? table.rows().subList(0, MAX_TABLE_ROWS)
                    : table.rows();
            for (List<Object> row : rows) {
                for (Object value : row) {
                    grid.addCell(cell(Cells.format(value, report.locale()), fonts.table()));
                }
            }
            document.add(grid);
            if (rows.size() < table.rows().size()) {
                document.add(new Paragraph(report.cutNote().apply(rows.size(), table.rows().size()), fonts.small()));
            }
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xd0, 0xd7, 0xde));
        return cell;
    }

    /** The page number and the report's title and date at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;
        private final Font font;

        Footer(String text, Font font) {
            this.text = text;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(text + " · " + writer.getPageNumber(), font), document.leftMargin(), 24, 0);
        }
    }
}
