package io.pgdeck.account;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Checks the team login, refusing every attempt while the account is locked, right password or not. */
@Component
final class TeamAuthenticationProvider implements AuthenticationProvider {

    private final TeamAccount account;
    private final LoginLockout lockout;

    TeamAuthenticationProvider(TeamAccount account, LoginLockout lockout) {
        this.account = account;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (lockout.isLocked(address)) {
            throw new LockedException("Logins are refused for now after too many failed logins.");
        }
        String password = attempt.getCredentials() == null
                ? null
                : attempt.getCredentials().toString();
        if (!account.matches(attempt.getName(), password)) {
            lockout.recordFailure(address);
            throw new BadCredentialsException("Wrong username or password.");
        }
        lockout.recordSuccess(address);
        return UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, List.of(new SimpleGrantedAuthority("ROLE_TEAM")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
