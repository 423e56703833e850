package id.plaju.pelita.demo;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.database.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data while the application context starts, after the migrations and before the
 * web server opens its port: the first request already sees the whole portal, never a half-filled
 * one (an {@code ApplicationRunner} would run after the port is open). Dates are counted from
 * today, so the dashboards of the current year and an open survey round are never stale. Two instances
 * started together on an empty database load them once ({@link StartupLock}).
 */
@Component
@Conditional(DemoDataCondition.class)
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoDataLoader people;
    private final TrainingDemoData training;
    private final SurveyDemoData surveys;
    private final KinerjaDemoData kinerja;
    private final LearningDemoData learning;
    private final NeedDemoData needs;
    private final Today today;
    private final StartupLock startupLock;

    DemoData(DemoDataLoader people, TrainingDemoData training, SurveyDemoData surveys, KinerjaDemoData kinerja,
            LearningDemoData learning, NeedDemoData needs, Today today, StartupLock startupLock) {
        this.needs = needs;
        this.kinerja = kinerja;
        this.learning = learning;
        this.people = people;
        this.training = training;
        this.surveys = surveys;
        this.today = today;
        this.startupLock = startupLock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        startupLock.run("the demo data", this::load);
    }

    private void load() {
        long started = System.nanoTime();
        DemoCalendar calendar = new DemoCalendar(today.date());
        boolean loaded = people.load(today.clock().instant());
        training.load(calendar);
        surveys.load(calendar);
        kinerja.load(calendar);
        learning.load(calendar);
        needs.load(calendar);
        if (loaded) {
            log.info("Demo data ready for {} in {} ms", calendar.today(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
