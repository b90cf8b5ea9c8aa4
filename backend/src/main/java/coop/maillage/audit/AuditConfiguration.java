package coop.maillage.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until a signed-in user is known, changes are made by the application itself. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CurrentUser systemUser() {
        return () -> "system";
    }
}
