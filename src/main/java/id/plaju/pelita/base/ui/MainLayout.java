package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.plaju.pelita.base.i18n.PelitaI18NProvider;
import java.util.Locale;

/**
 * The frame of every signed-in page: product name, a menu of exactly the routes the user may
 * open (Vaadin filters {@link MenuConfiguration} by the views' access annotations), the user's
 * name, the language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient CurrentUserProfile profile;
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication, CurrentUserProfile profile) {
        this.authentication = authentication;
        this.profile = profile;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("navbar-title");
        viewTitle.setId("page-title");
        addToNavbar(new DrawerToggle(), viewTitle);
        addToDrawer(brand(), menu(), userFooter());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }

    private Component brand() {
        Span logo = new Span("PELITA");
        logo.addClassName("brand-name");
        Span place = new Span(getTranslation("app.place"));
        place.addClassName("brand-place");
        Div brand = new Div(logo, place);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.addClassName("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userFooter() {
        String name = profile.displayName().orElse(authentication.getPrincipalName().orElse(""));
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Span userName = new Span(name);
        userName.addClassName("user-name");
        userName.setId("user-name");
        HorizontalLayout who = new HorizontalLayout(avatar, userName);
        who.setAlignItems(FlexComponent.Alignment.CENTER);

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(PelitaI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(PelitaI18NProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                profile.savePreferredLocale(event.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        language.setPrefixComponent(VaadinIcon.GLOBE.create());
        language.setWidthFull();

        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Anchor changePassword = new Anchor("change-password", getTranslation("layout.change-password"));
        changePassword.setId("change-password-link");
        changePassword.addClassName("footer-link");

        VerticalLayout footer = new VerticalLayout(who, language, changePassword, logout);
        footer.addClassName("drawer-footer");
        footer.setSpacing(false);
        return footer;
    }
}
