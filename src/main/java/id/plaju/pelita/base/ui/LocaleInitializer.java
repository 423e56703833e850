package id.plaju.pelita.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.plaju.pelita.base.i18n.PelitaI18NProvider;
import org.springframework.stereotype.Component;

/**
 * Every new UI starts in the signed-in user's remembered language, otherwise in Bahasa Indonesia
 * — whatever language the browser asks for.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUserProfile profile;

    LocaleInitializer(CurrentUserProfile profile) {
        this.profile = profile;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(
                profile.preferredLocale().map(PelitaI18NProvider::supported).orElse(PelitaI18NProvider.INDONESIAN)));
    }
}
