package id.plaju.pelita.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** The application's clock; tests replace it to move time (e.g. past a lockout). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
