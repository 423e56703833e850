package id.plaju.pelita.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.certificate.CertificateCode;
import id.plaju.pelita.certificate.CertificateService;
import id.plaju.pelita.history.HistoryEntry;
import id.plaju.pelita.history.TrainingHistoryService;
import id.plaju.pelita.history.Transcript;
import id.plaju.pelita.history.TranscriptPdf;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.ui.TrainingFormat;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * <i>Riwayat pelatihan saya</i>: every credited session and activity over the years, each year's JP
 * against 20, a certificate per session, the whole as a PDF. Heads and admins also export a unit's
 * year for SIASN's riwayat kursus upload (CSV or XLSX).
 */
@Route("riwayat")
@Menu(order = 16, icon = "vaadin:diploma", title = "menu.history")
@PermitAll
class TranscriptView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingHistoryService history;
    private final CertificateService certificates;
    final Div years = new Div();
    final Select<Integer> siasnYear = new Select<>();
    final ComboBox<UnitNode> siasnUnit = new ComboBox<>();

    TranscriptView(TrainingHistoryService history, CertificateService certificates, TranscriptPdf pdf,
            ExportService exports, UnitService units, Today today) {
        this.history = history;
        this.certificates = certificates;
        setMaxWidth("1000px");
        years.setId("transcript");
        years.setWidthFull();
        if (CurrentUser.principal().map(PelitaUser::getEmployeeId).isPresent()) {
            Transcript transcript = history.mine();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = pdf.write(history.mine());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "riwayat-pelatihan-" + transcript.nip() + ".pdf",
                        "application/pdf", bytes.length);
            }), getTranslation("history.download"));
            download.setId("transcript-pdf");
            download.getElement().setAttribute("download", true);
            Paragraph who = new Paragraph(transcript.fullName() + " · NIP " + transcript.nip() + " · " + transcript.unitName());
            who.addClassName("transcript-who");
            HorizontalLayout head = new HorizontalLayout(who, download);
            head.setWidthFull();
            head.setWrap(true);
            head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
            head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(head, years);
            show(transcript);
        } else {
            add(new Paragraph(getTranslation("history.no-employee")));
        }
        if (CurrentUser.hasRole(Roles.HEAD) || CurrentUser.hasRole(Roles.ADMIN)) {
            int thisYear = today.year();
            siasnYear.setLabel(getTranslation("jp.year"));
            siasnYear.setItems(thisYear, thisYear - 1, thisYear - 2);
            siasnYear.setValue(thisYear);
            siasnYear.setId("siasn-year");
            siasnUnit.setLabel(getTranslation("employees.unit"));
            siasnUnit.setItems(units.visibleActiveUnits());
            siasnUnit.setItemLabelGenerator(UnitNode::name);
            siasnUnit.setPlaceholder(getTranslation("history.siasn.all-units"));
            siasnUnit.setClearButtonVisible(true);
            siasnUnit.setId("siasn-unit");
            siasnUnit.setWidth("320px");
            Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
                PanelData data = siasn();
                byte[] bytes = exports.csv(data, event.getUI().getLocale());
                return new DownloadResponse(new ByteArrayInputStream(bytes), exports.fileName(data, "csv"),
                        "text/csv; charset=UTF-8", bytes.length);
            }), "CSV");
            csv.setId("siasn-csv");
            Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
                PanelData data = siasn();
                byte[] bytes = exports.xlsx(data);
                return new DownloadResponse(new ByteArrayInputStream(bytes), exports.fileName(data, "xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
            }), "XLSX");
            xlsx.setId("siasn-xlsx");
            for (Anchor link : new Anchor[] {csv, xlsx}) {
                link.getElement().setAttribute("download", true);
                link.addClassName("download-link");
            }
            HorizontalLayout form = new HorizontalLayout(siasnYear, siasnUnit, csv, xlsx);
            form.setWrap(true);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            Div card = new Div(new H3(getTranslation("history.siasn.title")),
                    new Paragraph(getTranslation("history.siasn.text")), form);
            card.addClassName("card");
            card.setId("siasn-export");
            card.setWidthFull();
            add(card);
        }
    }

    PanelData siasn() {
        UnitNode unit = siasnUnit.getValue();
        return history.siasn(siasnYear.getValue(), unit == null ? null : unit.id(),
                unit == null ? getTranslation("history.siasn.all-units") : unit.name());
    }

    private void show(Transcript transcript) {
        years.removeAll();
        if (transcript.years().isEmpty()) {
            years.add(new Paragraph(getTranslation("history.empty")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Transcript.Year year : transcript.years()) {
            Span total = new Span(getTranslation("history.year-total", TrainingFormat.jp(getLocale(), year.jp())));
            total.addClassName("jp-" + year.compliance().name().toLowerCase());
            total.setId("transcript-total-" + year.year());
            H3 heading = new H3(String.valueOf(year.year()));
            HorizontalLayout head = new HorizontalLayout(heading, total);
            head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            Div list = new Div();
            list.addClassName("transcript-year");
            for (HistoryEntry entry : year.entries()) {
                Span title = new Span(entry.title());
                title.addClassName("transcript-title");
                Span meta = new Span(date.format(entry.start()) + " · " + getTranslation(entry.delivery().translationKey())
                        + " · " + getTranslation(entry.competency().translationKey()) + " · " + TrainingFormat.jp(getLocale(), entry.jp()) + " JP");
                meta.addClassName("transcript-meta");
                Div text = new Div(title, meta);
                text.addClassName("transcript-text");
                Div row = new Div(text, certificate(entry));
                row.addClassName("transcript-entry");
                list.add(row);
            }
            years.add(head, list);
        }
    }

    /** A session's certificate to download (or "dicabut"); an activity has none. */
    private Component certificate(HistoryEntry entry) {
        if (!entry.session()) {
            Span none = new Span(getTranslation("history.activity"));
            none.addClassName("transcript-meta");
            return none;
        }
        if (entry.certificateRevoked()) {
            Span revoked = new Span(getTranslation("certificate.revoked"));
            revoked.getElement().getThemeList().add("badge error");
            return revoked;
        }
        long participation = entry.participationId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certificates.myPdf(participation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sertifikat-" + entry.certificateCode() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("history.certificate"));
        link.setId("certificate-" + participation);
        link.getElement().setAttribute("download", true);
        link.setTitle(entry.certificateCode() == null ? "" : CertificateCode.format(entry.certificateCode()));
        link.addClassName("download-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.history");
    }
}
