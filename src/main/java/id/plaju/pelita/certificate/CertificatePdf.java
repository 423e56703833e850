package id.plaju.pelita.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import id.plaju.pelita.base.PdfFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Writes one e-certificate as an A4 landscape PDF (OpenPDF, Liberation Sans embedded), always in
 * Bahasa Indonesia: it is an official record. Its QR code carries the verification address.
 */
@Component
class CertificatePdf {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final Color PRIMARY = new Color(0x1a, 0x4f, 0x8b);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color GOLD = new Color(0xb8, 0x8a, 0x1e);

    private final CertificateProperties properties;

    CertificatePdf(CertificateProperties properties) {
        this.properties = properties;
    }

    byte[] write(Certificate certificate) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = PdfFont.sans();
            Document document = new Document(PageSize.A4.rotate(), 60, 60, 46, 40);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Sertifikat " + certificate.number());
            document.addCreator("PELITA");
            document.open();
            border(writer.getDirectContentUnder(), document.getPageSize());

            for (String line : properties.issuer().split("\\|")) {
                document.add(centered(line.strip(), new Font(base, 12, Font.BOLD, MUTED), 0));
            }
            document.add(centered("SERTIFIKAT", new Font(base, 34, Font.BOLD, PRIMARY), 14));
            document.add(centered("Nomor: " + certificate.number(), new Font(base, 11, Font.NORMAL, MUTED), 2));
            document.add(centered("diberikan kepada", new Font(base, 12, Font.NORMAL, MUTED), 16));
            document.add(centered(certificate.fullName(), new Font(base, 24, Font.BOLD, Color.BLACK), 4));
            document.add(centered("NIP " + certificate.nip(), new Font(base, 12, Font.NORMAL, Color.BLACK), 2));
            document.add(centered("atas partisipasinya sebagai peserta", new Font(base, 12, Font.NORMAL, MUTED), 14));
            document.add(centered(certificate.programme(), new Font(base, 18, Font.BOLD, PRIMARY), 4));
            document.add(centered(details(certificate), new Font(base, 12, Font.NORMAL, Color.BLACK), 6));

            document.add(footer(certificate, base));
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "diselenggarakan oleh … pada 3 Maret 2026, sebanyak 8 JP (jam pelajaran), kompetensi teknis". */
    String details(Certificate certificate) {
        String organizer = certificate.organizer() == null || certificate.organizer().isBlank()
                ? properties.organizer() : certificate.organizer().strip();
        return "yang diselenggarakan oleh " + organizer + " pada " + dates(certificate) + ", sebanyak "
                + jp(certificate.jp()) + " JP (jam pelajaran), kompetensi " + competency(certificate) + ".";
    }

    static String dates(Certificate certificate) {
        LocalDate start = certificate.startsAt().toLocalDate();
        LocalDate end = certificate.endsAt().toLocalDate();
        return start.equals(end) ? DATE.format(start) : DATE.format(start) + " s.d. " + DATE.format(end);
    }

    static String jp(BigDecimal jp) {
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMaximumFractionDigits(1);
        return format.format(jp);
    }

    private static String competency(Certificate certificate) {
        return certificate.competency().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private PdfPTable footer(Certificate certificate, BaseFont base) throws IOException {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 2.6f, 2.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(22);
        String url = properties.verificationUrl(certificate.code());
        Image qr = Image.getInstance(qrPng(url));
        qr.scaleAbsolute(96, 96);
        PdfPCell qrCell = new PdfPCell(qr, false);
        qrCell.setBorder(Rectangle.NO_BORDER);
        table.addCell(qrCell);

        Paragraph check = new Paragraph("Pindai kode QR atau buka\n" + url + "\nuntuk memeriksa keaslian sertifikat ini.",
                new Font(base, 8.5f, Font.NORMAL, MUTED));
        PdfPCell checkCell = new PdfPCell(check);
        checkCell.setBorder(Rectangle.NO_BORDER);
        checkCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(checkCell);

        Font body = new Font(base, 11, Font.NORMAL, Color.BLACK);
        Paragraph sign = new Paragraph();
        sign.setAlignment(Element.ALIGN_CENTER);
        sign.add(new Paragraph(properties.place() + ", " + DATE.format(certificate.endsAt().toLocalDate()), body));
        sign.add(new Paragraph(properties.signatoryTitle(), body));
        sign.add(new Paragraph("\n\n\n", body));
        String name = properties.signatoryName().isBlank() ? "( ................................................ )"
                : properties.signatoryName();
        sign.add(new Paragraph(name, new Font(base, 11, Font.BOLD, Color.BLACK)));
        if (!properties.signatoryNip().isBlank()) {
            sign.add(new Paragraph("NIP " + properties.signatoryNip(), body));
        }
        PdfPCell signCell = new PdfPCell();
        signCell.addElement(centeredAll(sign));
        signCell.setBorder(Rectangle.NO_BORDER);
        table.addCell(signCell);
        return table;
    }

    private static Paragraph centeredAll(Paragraph paragraph) {
        paragraph.forEach(element -> {
            if (element instanceof Paragraph p) {
                p.setAlignment(Element.ALIGN_CENTER);
            }
        });
        return paragraph;
    }

    private static Paragraph centered(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static void border(PdfContentByte canvas, Rectangle page) {
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(3f);
        canvas.rectangle(22, 22, page.getWidth() - 44, page.getHeight() - 44);
        canvas.stroke();
        canvas.setColorStroke(PRIMARY);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        canvas.stroke();
    }

    /** The QR code (error correction M, a quiet zone of two modules) as a PNG, eight pixels a module. */
    static byte[] qrPng(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 8;
            BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code for " + content, e);
        }
    }
}
