package id.plaju.pelita.base;

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
 * Reads an import file — CSV (comma or semicolon, UTF-8, optional BOM) or XLSX (first sheet) — into
 * rows of column → text, for the columns an import asks for. Only the file's shape is checked here:
 * type, size, emptiness and headers; the values are checked by the import that reads it. Every
 * import of PELITA is keyed by NIP, so a NIP that a spreadsheet stored as a number (and so rounded)
 * is flagged on its line.
 */
public final class TableFile {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A line of the file: its number as a spreadsheet shows it (header = 1) and its values. */
    public record Line(int number, Map<String, String> values, boolean nipWrittenAsNumber) {
    }

    private TableFile() {
    }

    /** The lines of a file that has at least {@code columns} (in any order; other columns are ignored). */
    public static List<Line> read(String fileName, byte[] content, List<String> columns) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("import.error.too-large", 5);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Line> lines;
        if (name.endsWith(".xlsx")) {
            lines = readXlsx(content, columns);
        } else if (name.endsWith(".csv")) {
            if (looksBinary(content)) {
                throw new UserFacingException("import.error.type");
            }
            lines = readCsv(content, columns);
        } else {
            throw new UserFacingException("import.error.type");
        }
        if (lines.isEmpty()) {
            throw new UserFacingException("import.error.no-rows");
        }
        return lines;
    }

    private static List<Line> readCsv(byte[] content, List<String> columns) {
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
            List<String> header = headerOf(records.getFirst().toList(), columns);
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line((int) record.getRecordNumber(), toMap(header, cells, columns), false));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserFacingException("import.error.unreadable");
        }
    }

    private static List<Line> readXlsx(byte[] content, List<String> columns) {
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
            List<String> header = headerOf(cells(headerRow, formatter, 0), columns);
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
                Cell nipCell = nipColumn < 0 ? null : row.getCell(nipColumn);
                boolean nipAsNumber = nipCell != null && nipCell.getCellType() == CellType.NUMERIC;
                lines.add(new Line(r + 1, toMap(header, cells, columns), nipAsNumber));
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

    private static List<String> headerOf(List<String> cells, List<String> columns) {
        List<String> header = cells.stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        List<String> present = header.stream().filter(h -> !h.isEmpty()).toList();
        if (!present.containsAll(columns)) {
            List<String> missing = columns.stream().filter(c -> !present.contains(c)).toList();
            throw new UserFacingException("import.error.headers", String.join(", ", missing), String.join(", ", columns));
        }
        return header;
    }

    private static Map<String, String> toMap(List<String> header, List<String> cells, List<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.contains(header.get(i))) {
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

    /** A CSV template: the header and example rows (UTF-8 with a BOM, so a spreadsheet reads it right). */
    public static byte[] csvTemplate(List<String> columns, String... examples) {
        String text = "\uFEFF" + String.join(",", columns) + "\n" + String.join("", java.util.Arrays.stream(examples)
                .map(e -> e + "\n").toList());
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
