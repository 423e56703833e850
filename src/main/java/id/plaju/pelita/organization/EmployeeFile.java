package id.plaju.pelita.organization;

import id.plaju.pelita.base.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an employee import file — CSV (comma or semicolon, UTF-8, optional BOM) or XLSX (first
 * sheet) — into rows of column → text. Only the file's shape is checked here: type, size,
 * emptiness and headers; the values are checked by {@link EmployeeImportService}.
 */
final class EmployeeFile {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    static final List<String> COLUMNS = List.of("nip", "nama", "golongan", "jenis_pegawai", "jenis_jabatan",
            "jenjang_jabatan", "jabatan", "kode_unit", "aktif");

    /** A line of the file: its number as a spreadsheet shows it (header = 1) and its values. */
    record Line(int number, Map<String, String> values, boolean nipWrittenAsNumber) {
    }

    private EmployeeFile() {
    }

    static List<Line> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("import.error.too-large", 5);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Line> lines;
        if (name.endsWith(".xlsx")) {
            lines = readXlsx(content);
        } else if (name.endsWith(".csv")) {
            if (looksBinary(content)) {
                throw new UserFacingException("import.error.type");
            }
            lines = readCsv(content);
        } else {
            throw new UserFacingException("import.error.type");
        }
        if (lines.isEmpty()) {
            throw new UserFacingException("import.error.no-rows");
        }
        return lines;
    }

    private static List<Line> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new UserFacingException("import.error.empty");
            }
            List<String> header = headerOf(records.getFirst().toList());
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line((int) record.getRecordNumber(), toMap(header, cells), false));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserFacingException("import.error.unreadable");
        }
    }

    private static List<Line> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UserFacingException("import.error.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new UserFacingException("import.error.empty");
            }
            List<String> header = headerOf(cells(headerRow, formatter, 0));
            int nipColumn = header.indexOf("nip");
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = cells(row, formatter, header.size());
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Cell nipCell = row.getCell(nipColumn);
                boolean nipAsNumber = nipCell != null && nipCell.getCellType() == CellType.NUMERIC;
                lines.add(new Line(r + 1, toMap(header, cells), nipAsNumber));
            }
            return lines;
        } catch (IOException | EmptyFileException | NotOfficeXmlFileException | POIXMLException e) {
            throw new UserFacingException("import.error.type");
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter, int minimum) {
        int last = Math.max(row.getLastCellNum(), minimum);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < last; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        return cells;
    }

    private static List<String> headerOf(List<String> cells) {
        List<String> header = cells.stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        List<String> present = header.stream().filter(h -> !h.isEmpty()).toList();
        if (!present.containsAll(COLUMNS)) {
            List<String> missing = COLUMNS.stream().filter(c -> !present.contains(c)).toList();
            throw new UserFacingException("import.error.headers", String.join(", ", missing), String.join(", ", COLUMNS));
        }
        return header;
    }

    private static Map<String, String> toMap(List<String> header, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (COLUMNS.contains(header.get(i))) {
                values.put(header.get(i), i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "");
            }
        }
        return values;
    }

    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 1024);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return n >= 2 && content[0] == 'P' && content[1] == 'K';
    }

    /** A CSV template with the header and one example row. */
    static byte[] csvTemplate() {
        String text = "\uFEFF" + String.join(",", COLUMNS) + "\n"
                + "198503122010012004,Siti Rahmawati,III/a,PNS,PELAKSANA,,Pengadministrasi Umum,KEL-PLAJU-ULU,ya\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
