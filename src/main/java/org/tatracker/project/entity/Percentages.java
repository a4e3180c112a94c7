package org.tatracker.project.entity;

import java.math.BigDecimal;
import java.util.Collection;
import org.tatracker.platform.entity.InvalidValueException;

/** The rule that shares of a project (recipient countries, sectors) total exactly 100 percent. */
public final class Percentages {

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Percentages() {
    }

    /** Checks each share (more than 0, at most 100, two decimals) and that together they make 100 exactly. */
    public static void requireTotal100(Collection<BigDecimal> shares, String field) {
        if (shares.isEmpty()) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal share : shares) {
            if (share == null) {
                throw new InvalidValueException(field, "shareNeedsPercentage");
            }
            if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
                throw new InvalidValueException(field, "percentageRange");
            }
            if (share.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException(field, "percentageDecimals");
            }
            total = total.add(share);
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidValueException(field, "percentagesTotal", total.stripTrailingZeros().toPlainString());
        }
    }
}
