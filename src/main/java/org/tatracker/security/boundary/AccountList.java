package org.tatracker.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/accounts.xhtml: every account (there are hundreds at most, so one page of 500). */
@Named
@ViewScoped
public class AccountList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private List<AccountView> rows;

    @PostConstruct
    void init() {
        rows = accounts.list(0, 500).items();
    }

    public List<AccountView> getRows() {
        return rows;
    }
}
