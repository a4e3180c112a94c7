package org.tatracker.platform.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.CursoredStream;

/**
 * Reads the rows of a plain SQL statement through the persistence context one page at a time, handing each row on as it
 * comes, for bulk reads of columns (the dashboards' portfolio: about 600,000 rows at the scale).
 * <p>
 * {@code getResultList()} holds every row three times over before the first is used (EclipseLink's records, their
 * values, the result list); at that size the collector's work made the read 1.2 to 1.9 times as long as the same SQL over
 * JDBC. An EclipseLink cursor ({@link CursoredStream}) reads {@link #PAGE} rows at a time and lets the rows already
 * handed on go: measured at 1.1 to 1.3 times JDBC (DashboardBenchmark). A scrollable cursor is far slower on Derby.
 * <p>
 * The statement takes only question marks for values; each row is an {@code Object[]} of its columns (the statement
 * must select two columns or more: EclipseLink gives a single column's value bare).
 */
public final class NativeRows {

    /** Rows fetched from the result set at a time, and released after. */
    public static final int PAGE = 1_000;

    private NativeRows() {
    }

    /** Runs {@code sql}, its question marks taken by {@code values} in order (none when null), and hands on each row. */
    public static void each(EntityManager em, String sql, List<?> values, Consumer<Object[]> each) {
        Query query = em.createNativeQuery(sql).setHint(QueryHints.CURSOR, HintValues.TRUE)
                .setHint(QueryHints.CURSOR_INITIAL_SIZE, PAGE).setHint(QueryHints.CURSOR_PAGE_SIZE, PAGE);
        for (int i = 0; values != null && i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        CursoredStream cursor = (CursoredStream) query.getSingleResult();
        try {
            int read = 0;
            while (!cursor.atEnd()) {
                each.accept((Object[]) cursor.read());
                if (++read % PAGE == 0) {
                    cursor.releasePrevious();
                }
            }
        } catch (RuntimeException | Error failed) {
            try {
                cursor.close();
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        cursor.close();
    }
}
