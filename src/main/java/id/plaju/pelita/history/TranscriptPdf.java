package id.plaju.pelita.history;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import id.plaju.pelita.base.PdfFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.certificate.CertificateCode;
import id.plaju.pelita.certificate.CertificateProperties;
import id.plaju.pelita.training.Jp;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The transcript as a PDF (A4, OpenPDF, in Bahasa Indonesia like the certificates): the person, then
 * per year each credited session and activity with its JP and certificate number, and the year's JP
 * against the 20 JP right.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TranscriptPdf {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", INDONESIAN);
    private static final Color PRIMARY = new Color(0x1a, 0x4f, 0x8b);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color HEADER = new Color(0xe8, 0xee, 0xf6);

    private final CertificateProperties properties;
    private final Today today;

    TranscriptPdf(CertificateProperties properties, Today today) {
        this.properties = properties;
        this.today = today;
    }

    public byte[] write(Transcript transcript) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = PdfFont.sans();
            Font small = new Font(base, 8.5f, Font.NORMAL, MUTED);
            Font body = new Font(base, 9);
            Font bold = new Font(base, 9, Font.BOLD);
            Document document = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(document, out);
            document.addTitle("Riwayat pelatihan " + transcript.fullName());
            document.open();
            document.add(new Paragraph(properties.issuer().replace("|", " · "), small));
            Paragraph title = new Paragraph("RIWAYAT PELATIHAN", new Font(base, 16, Font.BOLD, PRIMARY));
            title.setSpacingBefore(6);
            document.add(title);
            document.add(new Paragraph(transcript.fullName() + " · NIP " + transcript.nip() + " · " + transcript.unitName(),
                    new Font(base, 11)));
            document.add(new Paragraph("Dicetak " + DATE.format(today.date()) + " dari PELITA. Hak pengembangan kompetensi: "
                    + "paling sedikit 20 JP per tahun (1 JP = 45 menit).", small));
            if (transcript.years().isEmpty()) {
                Paragraph none = new Paragraph("Belum ada pelatihan yang tercatat.", body);
                none.setSpacingBefore(16);
                document.add(none);
            }
            for (Transcript.Year year : transcript.years()) {
                Paragraph heading = new Paragraph(year.year() + " — " + jp(year.jp()) + " JP dari 20 JP"
                        + (year.compliance() == Jp.Compliance.GREEN ? " (terpenuhi)" : ""),
                        new Font(base, 12, Font.BOLD, PRIMARY));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                PdfPTable table = new PdfPTable(new float[] {1.5f, 4.2f, 1.6f, 0.7f, 2.6f});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String header : new String[] {"Tanggal", "Pelatihan / kegiatan", "Bentuk", "JP", "No. sertifikat"}) {
                    PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                    cell.setBackgroundColor(HEADER);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
                for (HistoryEntry entry : year.entries()) {
                    table.addCell(cell(DATE.format(entry.start()), body));
                    table.addCell(cell(entry.title(), body));
                    table.addCell(cell(entry.session() ? "Klasikal" : "Nonklasikal", body));
                    PdfPCell jp = cell(jp(entry.jp()), body);
                    jp.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(jp);
                    table.addCell(cell(entry.certificateCode() == null ? "—"
                            : CertificateCode.format(entry.certificateCode()) + (entry.certificateRevoked() ? " (dicabut)" : ""),
                            small));
                }
                document.add(table);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    static String jp(BigDecimal jp) {
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMaximumFractionDigits(1);
        return format.format(jp);
    }
}
