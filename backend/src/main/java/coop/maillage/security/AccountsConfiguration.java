package coop.maillage.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What user accounts need in every mode, web or command line: the settings and the password
 * hashing. The web security itself ({@link SecurityConfiguration}) exists only in the web
 * application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class AccountsConfiguration {

    /** bcrypt today, behind a delegating encoder so that stored hashes can move to a newer one. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
