package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.plaju.pelita.analytics.DashboardService.AlumniPredikat;
import id.plaju.pelita.analytics.ScorecardService;
import id.plaju.pelita.analytics.ScorecardService.Scorecard;
import id.plaju.pelita.analytics.ScorecardService.VersionFigures;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.CurriculumReview;
import id.plaju.pelita.training.CurriculumReviewService;
import id.plaju.pelita.training.ProgrammeVersion;
import id.plaju.pelita.training.ReviewDecision;
import id.plaju.pelita.training.ReviewStatus;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A programme's scorecard, from reaction to performance, one column per version (before and after
 * a revision), and its curriculum reviews. Heads see their units' figures and read the reviews;
 * admins see the whole organisation and open, edit and act on reviews.
 */
@Route("scorecard")
@RolesAllowed({Roles.ADMIN, Roles.HEAD})
class ScorecardView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The address of a programme's scorecard. */
    static String address(long programmeId) {
        return "scorecard/" + programmeId;
    }

    /** One line of the table: a figure, its value per version. */
    record Line(String key, String label, List<String> values) {
    }

    private final ScorecardService scorecards;
    private final CurriculumReviewService reviews;
    private final Today today;
    final Grid<Line> table = new Grid<>();
    final Div reviewList = new Div();
    final Div flags = new Div();
    Scorecard scorecard;
    private long programmeId;
    private String title = "";

    ScorecardView(ScorecardService scorecards, CurriculumReviewService reviews, Today today) {
        this.scorecards = scorecards;
        this.reviews = reviews;
        this.today = today;
        setMaxWidth("1100px");
        table.setId("scorecard-figures");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        reviewList.setId("reviews");
        reviewList.setWidthFull();
        flags.setId("scorecard-flags");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        programmeId = id == null ? 0 : id;
        show();
    }

    void show() {
        removeAll();
        try {
            scorecard = scorecards.scorecard(programmeId);
        } catch (UserFacingException e) {
            scorecard = null;
            title = getTranslation("scorecard.title.none");
            add(new H2(title), new Paragraph(getTranslation(e.getTranslationKey(), e.getArguments())));
            return;
        }
        VersionFigures newest = scorecard.newest();
        title = newest.version().title();
        add(new H2(getTranslation("scorecard.title", title)));
        List<VersionFigures> versions = scorecard.versions();
        if (versions.size() > 1) {
            add(new Paragraph(getTranslation("scorecard.versions", newest.version().versionNo(),
                    versions.stream().map(v -> getTranslation("scorecard.version", v.version().versionNo()))
                            .collect(Collectors.joining(", ")))));
        }
        if (!newest.version().active()) {
            add(new Paragraph(getTranslation("scorecard.inactive")));
        }
        add(new Paragraph(getTranslation(CurrentUser.hasRole(Roles.ADMIN) ? "scorecard.scope.all"
                : "scorecard.scope.units", scorecard.minGroupSize())));
        showFlags();
        showTable(versions);
        add(new Paragraph(getTranslation("scorecard.note", scorecard.minGroupSize())));
        add(new H3(getTranslation("review.title")), reviewList);
        showReviews();
    }

    private void showFlags() {
        flags.removeAll();
        if (scorecard.flags().isEmpty()) {
            flags.add(new Span(getTranslation("scorecard.no-flags")));
        } else {
            flags.add(new Span(getTranslation("scorecard.flags", scorecard.flags().stream()
                    .map(f -> getTranslation(f.translationKey())).collect(Collectors.joining(", ")))));
            flags.addClassName("scorecard-flagged");
        }
        add(flags);
    }

    private void showTable(List<VersionFigures> versions) {
        table.removeAllColumns();
        table.addColumn(Line::label).setHeader(getTranslation("scorecard.figure")).setFlexGrow(2);
        for (int i = 0; i < versions.size(); i++) {
            int column = i;
            ProgrammeVersion version = versions.get(i).version();
            String header = versions.size() == 1 ? getTranslation("scorecard.this-programme")
                    : getTranslation(i == versions.size() - 1 ? "scorecard.after" : "scorecard.before",
                            version.versionNo());
            table.addColumn(line -> line.values().get(column)).setHeader(header).setFlexGrow(1);
        }
        table.setItems(lines(versions));
        add(table);
    }

    List<Line> lines(List<VersionFigures> versions) {
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        Function<Double, String> decimal = v -> v == null ? "—" : one.format(v);
        Function<Double, String> share = v -> v == null ? "—" : percent.format(v);
        List<Line> lines = new ArrayList<>();
        lines.add(line("sessions", versions, v -> String.valueOf(v.sessions())));
        lines.add(line("participants", versions, v -> String.valueOf(v.participants())));
        lines.add(line("jp", versions, v -> jp(v.jp())));
        lines.add(line("evaluations", versions, v -> String.valueOf(v.evaluations())));
        lines.add(line("relevance", versions, v -> decimal.apply(v.relevance())));
        lines.add(line("usefulness", versions, v -> decimal.apply(v.usefulness())));
        lines.add(line("intent", versions, v -> decimal.apply(v.intent())));
        lines.add(line("trainer", versions, v -> decimal.apply(v.trainer())));
        lines.add(line("tested", versions, v -> String.valueOf(v.chain().tested())));
        lines.add(line("pre", versions, v -> decimal.apply(v.chain().meanPre())));
        lines.add(line("post", versions, v -> decimal.apply(v.chain().meanPost())));
        lines.add(line("gain", versions, v -> decimal.apply(v.chain().gain())));
        lines.add(line("pass", versions, v -> share.apply(v.chain().passShare())));
        lines.add(line("reporters", versions, v -> String.valueOf(v.chain().reporters())));
        lines.add(line("application", versions, v -> share.apply(v.chain().applicationRate())));
        lines.add(line("rated", versions, v -> String.valueOf(v.chain().rated())));
        lines.add(line("rating", versions, v -> decimal.apply(v.chain().meanRating())));
        for (int year : scorecard.ratingYears()) {
            lines.add(new Line("alumni-" + year, getTranslation("scorecard.line.alumni", String.valueOf(year)),
                    versions.stream().map(v -> group(v.alumni().get(year), true, share)).toList()));
            lines.add(new Line("peers-" + year, getTranslation("scorecard.line.peers", String.valueOf(year)),
                    versions.stream().map(v -> group(v.alumni().get(year), false, share)).toList()));
        }
        return lines;
    }

    private String group(AlumniPredikat figures, boolean alumni, Function<Double, String> share) {
        if (figures == null) {
            return "—";
        }
        long n = alumni ? figures.alumni() : figures.peers();
        Double value = alumni ? figures.alumniGood() : figures.peersGood();
        return share.apply(value) + " (n = " + n + ")";
    }

    private String jp(BigDecimal jp) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(2);
        return number.format(jp);
    }

    private Line line(String key, List<VersionFigures> versions, Function<VersionFigures, String> value) {
        return new Line(key, getTranslation("scorecard.line." + key), versions.stream().map(value).toList());
    }

    private void showReviews() {
        reviewList.removeAll();
        boolean admin = CurrentUser.hasRole(Roles.ADMIN);
        long newestId = scorecard.newest().version().id();
        boolean unfinished = scorecard.reviews().stream()
                .anyMatch(r -> r.programmeId() == newestId && r.status() != ReviewStatus.DONE);
        if (admin && !scorecard.flags().isEmpty() && !unfinished) {
            Button open = new Button(getTranslation("review.open"), e -> new ReviewDialog(getTranslation(
                    "review.open.title", title), null, today, data -> reviews.open(newestId, scorecard.flags(), data),
                    this::show).open());
            open.setId("review-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reviewList.add(open);
        }
        if (scorecard.reviews().isEmpty()) {
            reviewList.add(new Paragraph(getTranslation(scorecard.flags().isEmpty() ? "review.none"
                    : "review.none.flagged")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (CurriculumReview review : scorecard.reviews()) {
            Div card = new Div();
            card.addClassNames("card", "review-card");
            card.setId("review-" + review.id());
            String decision = review.decision() == null ? getTranslation("review.decision.none")
                    : getTranslation(review.decision().translationKey());
            card.add(new H3(getTranslation("review.card.title", getTranslation(review.status().translationKey()),
                    decision)));
            card.add(new Paragraph(getTranslation("review.card.meta", review.owner(), date.format(review.dueDate()),
                    review.reasons().stream().map(r -> getTranslation(r.translationKey()))
                            .collect(Collectors.joining(", ")),
                    date.format(review.openedAt().toLocalDate()), review.openedBy())));
            if (review.overdue(today.date())) {
                Span late = new Span(getTranslation("review.overdue"));
                late.addClassName("review-overdue");
                card.add(late);
            }
            card.add(new Paragraph(review.findings() == null ? getTranslation("review.no-findings")
                    : review.findings()));
            HorizontalLayout actions = new HorizontalLayout();
            if (review.revisionId() != null) {
                actions.add(new RouterLink(getTranslation("review.revision.link"), ScorecardView.class,
                        review.revisionId()));
            }
            if (admin) {
                Button edit = new Button(getTranslation("review.edit"), e -> new ReviewDialog(getTranslation(
                        "review.edit.title", review.title()), review.toData(), today,
                        data -> reviews.update(review.id(), data), this::show).open());
                edit.setId("review-edit-" + review.id());
                actions.add(edit);
                if (review.decision() == ReviewDecision.REVISE && review.revisionId() == null) {
                    Button revise = new Button(getTranslation("review.revise"), e -> Notifications.attempt(this, () -> {
                        long revision = reviews.revise(review.id());
                        Notifications.success(getTranslation("review.revised"));
                        getUI().ifPresent(ui -> ui.navigate(ScorecardView.class, revision));
                    }));
                    revise.setId("review-revise-" + review.id());
                    actions.add(revise);
                }
            }
            card.add(actions);
            reviewList.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
