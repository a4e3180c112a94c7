package org.tatracker.i18n.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tatracker.i18n.entity.Language;

/** Sets the session's language from {@code ?lang=} or, on the first visit, from the browser. */
@WebFilter(urlPatterns = {"*.xhtml", "/"})
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection selection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var asked = Language.of(request.getParameter("lang"));
        if (asked.isPresent()) {
            selection.choose(asked.get());
        } else if (!selection.isChosen()) {
            selection.chooseFrom(request.getLocales());
        }
        chain.doFilter(request, response);
    }
}
