package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a user sees when a page cannot be opened: the reason in their language and, for anything
 * unexpected, the incident id to read out to an admin (the log has the rest). Replaces Vaadin's own
 * error page, which shows the exception's message.
 */
@AnonymousAllowed
class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Failure failure = Failure.of(parameter.getCaughtException());
        removeAll();
        setId("failure");
        Paragraph text = new Paragraph(getTranslation(failure.key(), failure.arguments()));
        text.setId("failure-text");
        add(new H2(getTranslation("error.title")), text, new Anchor("", getTranslation("error.home")));
        return failure.status();
    }
}
