package coop.maillage.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of authentication ({@code maillage.security.*}).
 *
 * @param adminPassword the password of the {@code admin} user created on first start; when empty, a
 *     strong one is generated and printed once
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration how long the account then stays locked
 * @param maxFailedLoginsPerAddress failed logins from one client address within {@code
 *     addressWindow} after which its password logins are refused for a while
 * @param addressWindow the window of {@code maxFailedLoginsPerAddress}
 */
@ConfigurationProperties("maillage.security")
record SecurityProperties(
        String adminPassword,
        @DefaultValue("" + SecurityProperties.MAX_FAILED_LOGINS) int maxFailedLogins,
        @DefaultValue(SecurityProperties.LOCK_DURATION) Duration lockDuration,
        @DefaultValue("" + SecurityProperties.MAX_FAILED_LOGINS_PER_ADDRESS)
                int maxFailedLoginsPerAddress,
        @DefaultValue(SecurityProperties.ADDRESS_WINDOW) Duration addressWindow) {

    static final int MAX_FAILED_LOGINS = 5;
    static final String LOCK_DURATION = "15m";
    static final int MAX_FAILED_LOGINS_PER_ADDRESS = 20;
    static final String ADDRESS_WINDOW = "15m";
}
