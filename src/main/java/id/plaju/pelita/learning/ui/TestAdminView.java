package id.plaju.pelita.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.learning.KnowledgeTestService;
import id.plaju.pelita.learning.TestSummary;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.ProgrammeRow;
import id.plaju.pelita.training.TrainingService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;

/** The pre- and post-test of each programme: which has one, its version, items, pass mark and attempts. */
@Route("admin/tests")
@Menu(order = 72, icon = "vaadin:academy-cap", title = "menu.admin.tests")
@RolesAllowed(Roles.ADMIN)
class TestAdminView extends VerticalLayout implements HasDynamicTitle {

    private final KnowledgeTestService tests;
    private final TrainingService trainings;
    final Grid<ProgrammeRow> grid = new Grid<>();
    private Map<Long, TestSummary> summaries = Map.of();

    TestAdminView(KnowledgeTestService tests, TrainingService trainings) {
        this.tests = tests;
        this.trainings = trainings;
        setSizeFull();
        grid.setId("test-programmes");
        grid.addColumn(ProgrammeRow::title).setHeader(getTranslation("training.programme")).setFlexGrow(3);
        grid.addColumn(p -> summary(p).map(s -> getTranslation("tests.version", s.versionNo())).orElse(
                getTranslation("tests.none"))).setHeader(getTranslation("tests.test")).setAutoWidth(true);
        grid.addColumn(p -> summary(p).map(s -> String.valueOf(s.items())).orElse(""))
                .setHeader(getTranslation("tests.items")).setAutoWidth(true);
        grid.addColumn(p -> summary(p).map(s -> s.passMark() + "%").orElse(""))
                .setHeader(getTranslation("tests.pass-mark")).setAutoWidth(true);
        grid.addColumn(p -> summary(p).map(s -> String.valueOf(s.attempts())).orElse(""))
                .setHeader(getTranslation("tests.attempts")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Button edit = new Button(getTranslation(summary(p).isPresent() ? "tests.edit" : "tests.create"),
                    e -> new KnowledgeTestDialog(tests, p, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-test-" + p.id());
            return edit;
        }).setAutoWidth(true);
        add(new Paragraph(getTranslation("tests.help")), grid);
        refresh();
    }

    private Optional<TestSummary> summary(ProgrammeRow programme) {
        return Optional.ofNullable(summaries.get(programme.id()));
    }

    void refresh() {
        summaries = tests.summaries();
        grid.setItems(trainings.programmes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.tests");
    }
}
