package org.tatracker.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Bean Validation refusal in the reader's language. The container formats a violation's message in the server's language
 * when it validates; this formats its template again for the reader's (the provider's own messages for the standard
 * constraints, ours from {@code ValidationMessages*.properties} in the six languages).
 */
public final class Violations {

    private static final Logger LOG = Logger.getLogger(Violations.class.getName());

    private static volatile MessageInterpolator interpolator;

    private Violations() {
    }

    public static String message(ConstraintViolation<?> violation, Locale locale) {
        try {
            if (interpolator == null) {
                interpolator = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
            }
            // Chinese: the provider's bundle is zh_CN, the tracker's zh; looking up zh_CN finds either
            Locale lookup = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : locale;
            return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("not available: " + type);
                }
            }, lookup);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Formatting a violation for " + locale + " failed; shown as the container formatted it", e);
            return violation.getMessage();
        }
    }
}
