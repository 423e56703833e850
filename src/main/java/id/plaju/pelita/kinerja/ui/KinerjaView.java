package id.plaju.pelita.kinerja.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.SaveDialog;
import id.plaju.pelita.kinerja.PerformanceImportService;
import id.plaju.pelita.kinerja.PerformanceRating;
import id.plaju.pelita.kinerja.PerformanceRatingService;
import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.kinerja.ServiceSatisfaction;
import id.plaju.pelita.kinerja.ServiceSatisfactionService;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kinerja: my own SKP predikat per year; for heads and admins the predikat of their staff (entered
 * or corrected here, never one's own) and the IKM of their service units; for admins the import
 * from e-Kinerja and the IKM entry.
 */
@Route("kinerja")
@Menu(order = 17, icon = "vaadin:trophy", title = "menu.kinerja")
@PermitAll
class KinerjaView extends VerticalLayout implements HasDynamicTitle {

    private final PerformanceRatingService ratings;
    private final ServiceSatisfactionService ikm;
    final Div mine = new Div();
    final Select<Integer> year = new Select<>();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Grid<PerformanceRating> staff = new Grid<>(PerformanceRating.class, false);
    final Grid<ServiceSatisfaction> ikmGrid = new Grid<>(ServiceSatisfaction.class, false);
    final Button importButton = new Button();
    final Button ikmButton = new Button();
    private final boolean head = CurrentUser.hasRole(Roles.HEAD) || CurrentUser.hasRole(Roles.ADMIN);
    private final boolean admin = CurrentUser.hasRole(Roles.ADMIN);
    private final Long me = CurrentUser.principal().map(PelitaUser::getEmployeeId).orElse(null);

    KinerjaView(PerformanceRatingService ratings, ServiceSatisfactionService ikm, PerformanceImportService importer,
            UnitService units) {
        this.ratings = ratings;
        this.ikm = ikm;
        setMaxWidth("1200px");
        mine.setId("my-predikat");
        mine.setWidthFull();
        if (me != null) {
            add(new H3(getTranslation("kinerja.mine")), new Paragraph(getTranslation("kinerja.mine.help")), mine);
            showMine();
        }
        if (!head) {
            return;
        }
        List<Integer> years = ratings.years();
        year.setLabel(getTranslation("jp.year"));
        year.setItems(years);
        // the newest year with a completed SKP is usually last year's
        year.setValue(years.size() > 1 ? years.get(1) : years.getFirst());
        year.setId("kinerja-year");
        year.addValueChangeListener(e -> refreshStaff());
        unit.setLabel(getTranslation("employees.unit"));
        unit.setItems(units.visibleActiveUnits());
        unit.setItemLabelGenerator(UnitNode::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("kinerja.all-units"));
        unit.setId("kinerja-unit");
        unit.addValueChangeListener(e -> refreshStaff());

        staff.setId("kinerja-staff");
        staff.addColumn(PerformanceRating::fullName).setHeader(getTranslation("employees.name")).setAutoWidth(true)
                .setFlexGrow(1);
        staff.addColumn(PerformanceRating::nip).setHeader("NIP").setAutoWidth(true);
        staff.addColumn(PerformanceRating::unitName).setHeader(getTranslation("employees.unit")).setAutoWidth(true);
        staff.addComponentColumn(r -> badge(r.predikat())).setHeader(getTranslation("kinerja.predikat"))
                .setAutoWidth(true);
        staff.addColumn(r -> r.source() == null ? "" : getTranslation("kinerja.source." + r.source()))
                .setHeader(getTranslation("kinerja.source")).setAutoWidth(true);
        staff.addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
        staff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        staff.setHeight("460px");

        HorizontalLayout filters = new HorizontalLayout(year, unit);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (admin) {
            importButton.setText(getTranslation("kinerja.import"));
            importButton.setIcon(VaadinIcon.UPLOAD_ALT.create());
            importButton.setId("kinerja-import");
            importButton.addClickListener(e -> new RatingImportDialog(importer, this::refreshStaff).open());
            filters.add(importButton);
        }
        add(new H3(getTranslation("kinerja.staff")), new Paragraph(getTranslation("kinerja.staff.help")), filters, staff);

        ikmGrid.setId("kinerja-ikm");
        ikmGrid.addColumn(ServiceSatisfaction::unitName).setHeader(getTranslation("employees.unit")).setFlexGrow(1);
        ikmGrid.addColumn(ServiceSatisfaction::period)
                .setHeader(getTranslation("kinerja.ikm.semester")).setAutoWidth(true);
        ikmGrid.addColumn(s -> decimal(s.ikm()))
                .setHeader("IKM").setAutoWidth(true);
        ikmGrid.addColumn(s -> s.grade().name() + " · " + getTranslation(s.grade().translationKey()))
                .setHeader(getTranslation("kinerja.ikm.grade")).setAutoWidth(true);
        ikmGrid.addColumn(s -> java.text.NumberFormat.getIntegerInstance(getLocale()).format(s.respondents()))
                .setHeader(getTranslation("kinerja.ikm.respondents")).setAutoWidth(true);
        ikmGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ikmGrid.setHeight("360px");
        add(new H3(getTranslation("kinerja.ikm")), new Paragraph(getTranslation("kinerja.ikm.help")));
        if (admin) {
            ikmButton.setText(getTranslation("kinerja.ikm.record"));
            ikmButton.setIcon(VaadinIcon.PLUS.create());
            ikmButton.setId("ikm-record");
            ikmButton.addClickListener(e -> openIkmDialog(units.visibleActiveUnits()));
            add(ikmButton);
        }
        add(ikmGrid);
        refreshStaff();
        refreshIkm();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kinerja");
    }

    private void showMine() {
        mine.removeAll();
        Map<Integer, Predikat> own = ratings.mine();
        if (own.isEmpty()) {
            mine.add(new Paragraph(getTranslation("kinerja.mine.none")));
            return;
        }
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        own.forEach((y, p) -> {
            Div card = new Div(new Span(String.valueOf(y)), badge(p));
            card.addClassName("predikat-card");
            card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "4px")
                    .set("padding", "8px 12px").set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            row.add(card);
        });
        mine.add(row);
    }

    void refreshStaff() {
        if (year.getValue() == null) {
            return;
        }
        staff.setItems(ratings.staff(year.getValue(), unit.getValue() == null ? null : unit.getValue().id()));
    }

    void refreshIkm() {
        ikmGrid.setItems(ikm.list());
    }

    Component editButton(PerformanceRating rating) {
        if (!admin && Objects.equals(rating.employeeId(), me)) {
            return new Span();
        }
        Button edit = new Button(getTranslation(rating.predikat() == null ? "kinerja.enter" : "kinerja.correct"),
                e -> openRatingDialog(rating));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setId("rate-" + rating.employeeId());
        return edit;
    }

    void openRatingDialog(PerformanceRating rating) {
        Select<Predikat> predikat = new Select<>();
        predikat.setLabel(getTranslation("kinerja.predikat"));
        predikat.setItems(Predikat.values());
        predikat.setItemLabelGenerator(Predikat::label);
        predikat.setValue(rating.predikat());
        predikat.setId("rating-predikat");
        FormLayout form = new FormLayout(predikat);
        SaveDialog.open(this, getTranslation("kinerja.dialog", rating.fullName(), String.valueOf(rating.year())), form, "rating-save",
                () -> {
                    if (predikat.getValue() == null) {
                        throw new UserFacingException("kinerja.error.predikat-required");
                    }
                    ratings.set(rating.employeeId(), rating.year(), predikat.getValue());
                }, getTranslation("kinerja.saved", rating.fullName()), this::refreshStaff);
    }

    private void openIkmDialog(List<UnitNode> units) {
        ComboBox<UnitNode> where = new ComboBox<>(getTranslation("employees.unit"));
        where.setItems(units);
        where.setItemLabelGenerator(UnitNode::name);
        where.setId("ikm-unit");
        Select<Integer> inYear = new Select<>();
        inYear.setLabel(getTranslation("jp.year"));
        inYear.setItems(ratings.years());
        inYear.setValue(ratings.years().getFirst());
        Select<Integer> semester = new Select<>();
        semester.setLabel(getTranslation("kinerja.ikm.semester"));
        semester.setItems(1, 2);
        semester.setItemLabelGenerator(s -> s == 1 ? "I (Januari–Juni)" : "II (Juli–Desember)");
        semester.setValue(1);
        BigDecimalField value = new BigDecimalField("IKM (25–100)");
        value.setId("ikm-value");
        IntegerField respondents = new IntegerField(getTranslation("kinerja.ikm.respondents"));
        respondents.setMin(1);
        respondents.setId("ikm-respondents");
        FormLayout form = new FormLayout(where, inYear, semester, value, respondents);
        SaveDialog.open(this, getTranslation("kinerja.ikm.record"), form, "ikm-save", () -> {
            if (where.getValue() == null || value.getValue() == null || respondents.getValue() == null) {
                throw new UserFacingException("kinerja.ikm.error.incomplete");
            }
            ikm.record(where.getValue().id(), inYear.getValue(), semester.getValue(), value.getValue(),
                    respondents.getValue());
        }, getTranslation("kinerja.ikm.saved"), this::refreshIkm);
    }

    /** A predikat as a coloured badge; "—" where none is recorded. */
    static Span badge(Predikat predikat) {
        if (predikat == null) {
            return new Span("—");
        }
        Span badge = new Span(predikat.label());
        badge.getElement().getThemeList().add("badge pill " + switch (predikat) {
            case SANGAT_BAIK, BAIK -> "success";
            case BUTUH_PERBAIKAN -> "contrast";
            case KURANG, SANGAT_KURANG -> "error";
        });
        return badge;
    }

    /** An IKM with its two decimals, as the reader's language writes it: "82,15". */
    private String decimal(java.math.BigDecimal value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
