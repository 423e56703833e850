package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.plaju.pelita.analytics.ActionList;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.base.ui.Notifications;
import id.plaju.pelita.training.StaffInvitationService;
import id.plaju.pelita.training.ui.TrainingFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Perlu tindak lanjut": the staff below 20 JP (red first within each unit), their JP gap and the
 * open sessions they could still join; "Undang" opens the sessions with the soonest chosen, and
 * one more click sends the invitation (checked against the head's scope in the service).
 */
class ActionListPanel extends Div {

    final Span summary = new Span();
    final Grid<ActionList.Behind> grid = new Grid<>();
    private final StaffInvitationService invitations;
    private final Runnable reload;
    private ActionList list = new ActionList(0, List.of(), List.of());
    private PanelData data = new PanelData("action-list", "", "", List.of(), List.of());
    /** The open invitation dialog, for tests. */
    InviteDialog dialog;

    ActionListPanel(ExportService exports, StaffInvitationService invitations, Runnable reload) {
        this.invitations = invitations;
        this.reload = reload;
        addClassNames("card", "action-list");
        setId("panel-action-list");
        summary.setId("action-list-summary");
        summary.addClassName("action-summary");
        grid.setId("action-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("440px");
        // one column for the person and their JP, one for the button: it fits a phone without scrolling sideways
        grid.addColumn(LitRenderer.<ActionList.Behind>of("""
                        <div class="who"><strong>${item.name}</strong><br>
                        <small>${item.nip} · ${item.unit}</small><br>
                        <span class="jp-${item.rag}">${item.jp} JP</span> <small>${item.gap}</small></div>""")
                        .withProperty("name", ActionList.Behind::fullName).withProperty("nip", ActionList.Behind::nip)
                        .withProperty("unit", ActionList.Behind::unitName)
                        .withProperty("rag", b -> b.compliance().name().toLowerCase())
                        .withProperty("jp", b -> TrainingFormat.jp(getLocale(), b.jp()))
                        .withProperty("gap", b -> t("dashboard.action.gap", TrainingFormat.jp(getLocale(), b.gap()))
                                + " · " + t("dashboard.action.session-count", b.sessionIds().size())))
                .setHeader(t("jp.staff")).setFlexGrow(1).setAutoWidth(false).setWidth("10em");
        grid.addColumn(new ComponentRenderer<>(this::inviteButton)).setAutoWidth(true).setFlexGrow(0);
        HorizontalLayout downloads = new HorizontalLayout(new Span(t("dashboard.download")),
                DashboardPanel.csvLink(exports, () -> data, "export-csv-action-list"),
                DashboardPanel.xlsxLink(exports, () -> data, "export-xlsx-action-list"));
        downloads.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(new H3(t("dashboard.action.title")), summary, grid, downloads);
    }

    void show(ActionList list, String filter) {
        this.list = list;
        summary.setText(list.staff().isEmpty() ? t("dashboard.action.none", String.valueOf(list.year()))
                : t("dashboard.action.summary", list.red(), list.amber(), String.valueOf(list.year()), list.sessions().size()));
        grid.setItems(list.staff());
        List<List<Object>> rows = new ArrayList<>();
        for (ActionList.Behind b : list.staff()) {
            rows.add(Arrays.asList(b.unitName(), b.nip(), b.fullName(), b.jp(), b.gap(),
                    t("dashboard.action.rag." + b.compliance().name()),
                    String.join(" · ", list.sessionsFor(b).stream().map(this::sessionLabel).toList())));
        }
        String title = t("dashboard.action.title");
        data = new PanelData("action-list", title, filter, List.of(t("employees.unit"), "NIP", t("employees.name"), "JP",
                t("dashboard.action.gap-column"), t("dashboard.action.status"), t("dashboard.action.sessions")), rows);
    }

    /**
     * For the PDF report: the list without the sessions column (the same few sessions on every row),
     * and the open sessions once, as a table of their own.
     */
    List<PanelData> reportTables() {
        List<List<Object>> staff = data.rows().stream().map(r -> r.subList(0, r.size() - 1)).toList();
        List<List<Object>> sessions = list.sessions().stream().map(s -> Arrays.<Object>asList(s.title(),
                TrainingFormat.dateTime(getLocale(), s.startsAt()), s.jp(), s.seatsLeft())).toList();
        return List.of(new PanelData(data.id(), data.title(), data.filter(), data.columns().subList(0, data.columns().size() - 1),
                        staff),
                new PanelData("open-sessions", t("dashboard.action.open-sessions", String.valueOf(list.year())), data.filter(),
                        List.of(t("training.programme"), t("dashboard.action.starts"), "JP", t("training.seats-left")), sessions));
    }

    ActionList list() {
        return list;
    }

    PanelData data() {
        return data;
    }

    private Button inviteButton(ActionList.Behind behind) {
        int sessions = behind.sessionIds().size();
        Button invite = new Button(t("dashboard.action.invite"));
        invite.setTooltipText(sessions == 0 ? t("dashboard.action.no-session") : t("dashboard.action.session-count", sessions));
        invite.addThemeVariants(ButtonVariant.LUMO_SMALL, sessions == 0 ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        invite.setEnabled(sessions > 0);
        invite.setId("invite-" + behind.employeeId());
        invite.addClassName("invite-button");
        invite.addClickListener(e -> openInvite(behind));
        return invite;
    }

    void openInvite(ActionList.Behind behind) {
        dialog = new InviteDialog(behind);
        dialog.open();
    }

    private String sessionLabel(ActionList.OpenSession s) {
        return s.title() + " · " + TrainingFormat.dateTime(getLocale(), s.startsAt()) + " · "
                + TrainingFormat.jp(getLocale(), s.jp()) + " JP"
                + (s.seatsLeft() == null ? "" : " · " + t("dashboard.action.seats", s.seatsLeft()));
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    /** Chooses one of the sessions the employee could join (the soonest is chosen already) and sends the invitation. */
    final class InviteDialog extends Dialog {

        final RadioButtonGroup<ActionList.OpenSession> session = new RadioButtonGroup<>();
        final Button send = new Button(t("dashboard.action.send"));

        InviteDialog(ActionList.Behind behind) {
            setHeaderTitle(t("dashboard.action.invite-title", behind.fullName()));
            setId("invite-dialog");
            Paragraph why = new Paragraph(t("dashboard.action.why", TrainingFormat.jp(getLocale(), behind.jp()),
                    TrainingFormat.jp(getLocale(), behind.gap()), String.valueOf(list.year())));
            session.setLabel(t("dashboard.action.choose-session"));
            session.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            List<ActionList.OpenSession> options = list.sessionsFor(behind);
            session.setItems(options);
            session.setItemLabelGenerator(ActionListPanel.this::sessionLabel);
            options.stream().findFirst().ifPresent(session::setValue);
            session.setId("invite-session");
            send.setId("invite-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(e -> send(behind));
            Button cancel = new Button(t("action.cancel"), e -> close());
            add(why, session);
            getFooter().add(cancel, send);
            setMaxWidth("36em");
        }

        private void send(ActionList.Behind behind) {
            ActionList.OpenSession chosen = session.getValue();
            if (chosen == null) {
                session.setErrorMessage(t("dashboard.action.choose-session"));
                session.setInvalid(true);
                return;
            }
            Notifications.attempt(ActionListPanel.this, () -> {
                int invited = invitations.invite(chosen.id(), List.of(behind.employeeId()));
                Notifications.success(invited == 0 ? t("dashboard.action.already", behind.fullName())
                        : t("dashboard.action.invited", behind.fullName(), chosen.title()));
                close();
                reload.run();
            });
        }
    }
}
