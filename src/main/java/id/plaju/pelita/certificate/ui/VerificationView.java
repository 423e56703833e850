package id.plaju.pelita.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.plaju.pelita.certificate.CertificateCode;
import id.plaju.pelita.certificate.Verification;
import id.plaju.pelita.certificate.VerificationService;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The public page a certificate's QR code opens, {@code /verifikasi/{code}}: no sign-in, the name,
 * programme, dates and JP, and whether the certificate is valid or revoked; "not found" for any code
 * that is not one. A number typed from the paper is checked from the same page.
 */
@Route(value = "verifikasi", autoLayout = false)
@AnonymousAllowed
class VerificationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final VerificationService verification;
    final TextField code = new TextField();
    final Button check = new Button();
    final Div result = new Div();

    VerificationView(VerificationService verification) {
        this.verification = verification;
        addClassName("verification-view");
        setAlignItems(Alignment.CENTER);
        setMaxWidth("640px");
        getStyle().set("margin", "0 auto");

        H1 brand = new H1("PELITA");
        brand.addClassName("login-brand");
        Paragraph place = new Paragraph(getTranslation("app.tagline"));
        place.addClassName("login-tagline");
        H2 title = new H2(getTranslation("verification.title"));

        code.setId("verification-code");
        code.setLabel(getTranslation("verification.number"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX");
        code.setMaxLength(64);
        code.setWidthFull();
        check.setId("verification-check");
        check.setText(getTranslation("verification.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VerificationView.class,
                CertificateCode.normalize(code.getValue()).orElse(code.getValue().strip()))));
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setWidthFull();
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        result.setId("verification-result");
        result.setWidthFull();
        add(brand, place, title, result, form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String typed) {
        result.removeAll();
        if (typed == null || typed.isBlank()) {
            result.add(new Paragraph(getTranslation("verification.intro")));
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Verification answer = verification.verify(typed, request == null ? null : request.getRemoteAddr());
        switch (answer) {
            case Verification.Found found -> showFound(found, typed);
            case Verification.NotFound ignored -> result.add(status("verification.not-found", "error"),
                    new Paragraph(getTranslation("verification.not-found.hint")));
            case Verification.TooMany ignored -> result.add(status("verification.too-many", "error"));
        }
    }

    private void showFound(Verification.Found found, String typed) {
        String key = found.valid() ? "verification.valid" : found.revoked() ? "verification.revoked" : "verification.invalid";
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        String dates = found.startDate().equals(found.endDate()) ? date.format(found.startDate())
                : date.format(found.startDate()) + " – " + date.format(found.endDate());
        NumberFormat jp = NumberFormat.getNumberInstance(getLocale());
        jp.setMaximumFractionDigits(1);
        Div facts = new Div(
                fact("verification.name", found.fullName(), "verification-name"),
                fact("verification.programme", found.programme(), "verification-programme"),
                fact("verification.date", dates, "verification-date"),
                fact("verification.jp", jp.format(found.jp()), "verification-jp"),
                fact("verification.number", CertificateCode.normalize(typed).map(CertificateCode::format).orElse(typed),
                        "verification-number"));
        facts.addClassName("verification-facts");
        result.add(status(key, found.valid() ? "success" : "error"), facts);
    }

    private Span status(String key, String theme) {
        Span status = new Span(getTranslation(key));
        status.setId("verification-status");
        status.getElement().getThemeList().add("badge " + theme + " primary");
        status.getStyle().set("font-size", "var(--lumo-font-size-l)");
        return status;
    }

    private Div fact(String label, String value, String id) {
        Span name = new Span(getTranslation(label));
        name.addClassName("fact-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("fact-value");
        Div fact = new Div(name, text);
        fact.addClassName("verification-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verification.title") + " · PELITA";
    }
}
