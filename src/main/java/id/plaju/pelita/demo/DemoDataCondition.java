package id.plaju.pelita.demo;

import id.plaju.pelita.base.database.EmbeddedDatabaseCondition;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data are loaded when {@code pelita.demo-data=true}, or — when that property is not set —
 * on the embedded database only. An external (production) datasource never gets them by default.
 */
class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Boolean configured = context.getEnvironment().getProperty("pelita.demo-data", Boolean.class);
        return configured != null ? configured : EmbeddedDatabaseCondition.isEmbedded(context.getEnvironment());
    }
}
