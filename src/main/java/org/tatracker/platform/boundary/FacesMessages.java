package org.tatracker.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tatracker.platform.entity.InvalidValueException;

/**
 * Shows a refusal of a facade on the page: next to the field it names when the page has that
 * field, as a page message otherwise. Texts come from the resource bundles, in the view's language
 * (the reasons of refusals from {@code reasons*.properties}).
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    public static void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    /**
     * Like {@link #show(RuntimeException, Map)} for a form whose place in the page is not known in
     * advance (inside tabs, for instance): {@code fields} maps each field name to an input's id
     * within the form {@code formId}.
     */
    public static boolean showIn(RuntimeException failure, String formId, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.faces.component.UIComponent[] form = new jakarta.faces.component.UIComponent[1];
        faces.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(faces), (context, target) -> {
            if (target instanceof jakarta.faces.component.UIForm && formId.equals(target.getId())) {
                form[0] = target;
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        Map<String, String> clientIds = new java.util.HashMap<>();
        if (form[0] != null) {
            fields.forEach((field, inputId) -> {
                jakarta.faces.component.UIComponent input = form[0].findComponent(inputId);
                if (input != null) {
                    clientIds.put(field, input.getClientId(faces));
                }
            });
        }
        return show(failure, clientIds);
    }

    /**
     * @param fields the page's client id of each field name a facade may refuse
     * @return true when the failure was shown (the caller stays on the page), false when it is unexpected
     */
    public static boolean show(RuntimeException failure, Map<String, String> fields) {
        Throwable t = failure;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (t instanceof InvalidValueException invalid) {
            String reason = invalid.reason(locale);
            faces.addMessage(fields.get(invalid.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    fields.containsKey(invalid.field()) ? reason : invalid.field() + ": " + reason, null));
            return true;
        }
        if (t instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                String message = Violations.message(v, locale);
                faces.addMessage(fields.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        fields.containsKey(field) ? message : field + ": " + message, null));
            });
            return true;
        }
        if (t instanceof org.tatracker.assessment.entity.IllegalTransitionException illegal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, illegal.getMessage(locale), null));
            return true;
        }
        if (t instanceof OptimisticLockException || (t != null && t.getCause() instanceof OptimisticLockException)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.conflict"), null));
            return true;
        }
        return false;
    }
}
