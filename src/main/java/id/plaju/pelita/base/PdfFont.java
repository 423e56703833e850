package id.plaju.pelita.base;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;

/**
 * The font of every PDF PELITA writes (the dashboard report, certificates, transcripts): Liberation
 * Sans from OpenPDF's jar, embedded, so Indonesian text, ≥, ▲ and — print on any reader.
 */
public final class PdfFont {

    private PdfFont() {
    }

    public static BaseFont sans() throws IOException {
        return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
}
