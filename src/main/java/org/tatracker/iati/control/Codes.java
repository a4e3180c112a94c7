package org.tatracker.iati.control;

import java.util.List;

/**
 * Which codes an IATI codelist has. {@link ActivityReader} checks every code it keeps through this
 * interface, so that the reader stays free of any database: the application backs it with its code
 * lists, the tests with the official codelist files.
 * <p>
 * Implementations compare codes without regard to case ({@code eur}, {@code EUR}), and count a
 * withdrawn code as known: files published while it was active still use it, and the tracker keeps
 * withdrawn codes so that old records stay readable.
 */
@FunctionalInterface
public interface Codes {

    String ACTIVITY_STATUS = "ActivityStatus";
    String AID_TYPE = "AidType";
    String BUDGET_TYPE = "BudgetType";
    String COLLABORATION_TYPE = "CollaborationType";
    String COUNTRY = "Country";
    String CURRENCY = "Currency";
    String INDICATOR_MEASURE = "IndicatorMeasure";
    String ORGANISATION_ROLE = "OrganisationRole";
    String ORGANISATION_TYPE = "OrganisationType";
    String POLICY_MARKER = "PolicyMarker";
    String POLICY_SIGNIFICANCE = "PolicySignificance";
    String REGION = "Region";
    String RESULT_TYPE = "ResultType";
    String SECTOR = "Sector";
    String TRANSACTION_TYPE = "TransactionType";
    String SDG_TARGET = "UNSDG-Targets";

    /** Every list the reader asks about, named as IATI names its codelist files. */
    List<String> LISTS = List.of(ACTIVITY_STATUS, AID_TYPE, BUDGET_TYPE, COLLABORATION_TYPE, COUNTRY, CURRENCY, INDICATOR_MEASURE,
            ORGANISATION_ROLE, ORGANISATION_TYPE, POLICY_MARKER, POLICY_SIGNIFICANCE, REGION, RESULT_TYPE, SECTOR, TRANSACTION_TYPE,
            SDG_TARGET);

    /** Whether the codelist {@code list} has {@code code} (active or withdrawn), compared without regard to case. */
    boolean known(String list, String code);
}
