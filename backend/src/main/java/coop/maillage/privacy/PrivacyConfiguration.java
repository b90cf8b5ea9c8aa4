package coop.maillage.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without a known user role, names of persons are hidden: the safe default. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NameAccess noNameAccess() {
        return () -> false;
    }
}
