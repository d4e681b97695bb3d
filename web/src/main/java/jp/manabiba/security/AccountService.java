package jp.manabiba.security;

import jp.manabiba.i18n.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own account: what it holds, and the language it remembers. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    AccountService(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        Account account = mine();
        return new MyAccount(account.username(), account.displayName(), account.email(), account.roles(),
                account.language(), account.googleSubject() != null, account.microsoftSubject() != null);
    }

    @Transactional(readOnly = true)
    public Language myLanguage() {
        return mine().language();
    }

    @Transactional
    public void changeMyLanguage(Language language) {
        mine().changeLanguage(language);
    }

    private Account mine() {
        long id = currentUser.require().accountId();
        return accounts.findWithRolesById(id).orElseThrow(() -> new IllegalStateException("Account " + id + " is gone"));
    }
}
