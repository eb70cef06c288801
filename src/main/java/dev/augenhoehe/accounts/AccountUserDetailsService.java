package dev.augenhoehe.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the account that signs in and, after a successful sign-in with a hash in an older format (bcrypt), stores
 * the new Argon2id hash Spring Security computed from the password just typed. No one has to reset anything.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(AccountUserDetailsService.class);

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email))
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown email"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        Account account = accounts.findByEmail(Account.normalizeEmail(user.getUsername())).orElse(null);
        if (account == null) {
            return user;
        }
        try {
            return new SignedInUser(accounts.save(account.withPasswordHash(newPasswordHash)));
        } catch (OptimisticLockingFailureException e) {
            // the account changed at this very moment; the upgrade simply happens at the next sign-in
            log.info("Password hash of account {} not upgraded this time: it changed concurrently", account.id());
            return user;
        }
    }
}
