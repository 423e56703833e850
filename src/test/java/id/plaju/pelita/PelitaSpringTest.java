package id.plaju.pelita;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real database: the embedded MariaDB with the demo
 * data by default, or the server named by {@code SPRING_DATASOURCE_URL} (CI runs these tests a
 * second time against MariaDB 10.11 that way). All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClockConfiguration.class)
@ActiveProfiles("test")
@Tag("db")
public @interface PelitaSpringTest {
}
