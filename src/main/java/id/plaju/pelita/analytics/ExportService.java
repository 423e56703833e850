package id.plaju.pelita.analytics;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of a dashboard panel's data: CSV (UTF-8 with BOM; semicolons and decimal commas in
 * Bahasa Indonesia, commas and points in English, as Excel expects in each) and XLSX. Every export
 * is written to the audit log.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class ExportService {

    private final AuditService audit;
    private final Today today;

    ExportService(AuditService audit, Today today) {
        this.today = today;
        this.audit = audit;
    }

    public byte[] csv(PanelData panel, Locale locale) {
        boolean indonesian = !"en".equals(locale.getLanguage());
        String separator = indonesian ? ";" : ",";
        NumberFormat number = NumberFormat.getNumberInstance(indonesian ? Locale.forLanguageTag("id-ID") : Locale.US);
        number.setGroupingUsed(false);
        number.setMaximumFractionDigits(4);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(panel.columns().stream().map(ExportService::quote).collect(Collectors.joining(separator))).append("\r\n");
        NumberFormat percent = NumberFormat.getPercentInstance(indonesian ? Locale.forLanguageTag("id-ID") : Locale.US);
        percent.setMaximumFractionDigits(1);
        for (List<Object> row : panel.rows()) {
            out.append(row.stream().map(v -> v == null ? "" : v instanceof Number n ? number.format(n)
                            : v instanceof Share s ? quote(percent.format(s.value())) : quote(v.toString()))
                    .collect(Collectors.joining(separator))).append("\r\n");
        }
        record(panel, "CSV");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(PanelData panel) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(panel.id());
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < panel.columns().size(); c++) {
                header.createCell(c).setCellValue(neutralise(panel.columns().get(c)));
            }
            for (int r = 0; r < panel.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = panel.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Share share) {
                        cell.setCellValue(share.value());
                        cell.setCellStyle(percent);
                    } else if (v != null) {
                        cell.setCellValue(neutralise(v.toString()));
                    }
                }
            }
            for (int c = 0; c < panel.columns().size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(bytes);
            record(panel, "XLSX");
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's file name, dated today (the application's clock, in Plaju). */
    public String fileName(PanelData panel, String extension) {
        return fileName(panel, extension, today.date());
    }

    /** pelita-participation-2026-kelurahan-plaju-ulu-2026-11-29.xlsx */
    public static String fileName(PanelData panel, String extension, LocalDate today) {
        String filter = panel.filter().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "pelita-" + panel.id() + (filter.isEmpty() ? "" : "-" + filter) + "-" + today + "." + extension;
    }

    private void record(PanelData panel, String format) {
        audit.record(AuditAction.EXPORT, panel.id(), format + " · " + panel.filter() + " · " + panel.rows().size() + " rows");
    }

    /**
     * A text a spreadsheet would read as a formula ({@code =HYPERLINK(…)}, {@code +1}, {@code -1},
     * {@code @SUM(…)}, or one led by a tab or carriage return) gets a leading apostrophe, so Excel and
     * LibreOffice show it as text: a unit or person named that way cannot run anything in the
     * reader's spreadsheet. Numbers are written as numbers and are not touched.
     */
    static String neutralise(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quote(String raw) {
        String value = neutralise(raw);
        return value.contains(";") || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
