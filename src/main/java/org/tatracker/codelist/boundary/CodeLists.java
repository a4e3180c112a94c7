package org.tatracker.codelist.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tatracker.codelist.control.CodeListView;
import org.tatracker.codelist.entity.Code;
import org.tatracker.codelist.entity.CodeList;
import org.tatracker.i18n.entity.Language;

/** Read access to the code lists; lists are looked up by name without regard to case. */
@Stateless
public class CodeLists {

    @PersistenceContext
    EntityManager em;

    public List<CodeListView> all() {
        return em.createQuery("SELECT l.name, l.source, (SELECT COUNT(c) FROM Code c WHERE c.listName = l.name) "
                + "FROM CodeList l ORDER BY l.name", Object[].class)
                .getResultList().stream()
                .map(r -> new CodeListView((String) r[0], (String) r[1], ((Number) r[2]).longValue(), List.of()))
                .toList();
    }

    public Optional<CodeListView> find(String name, Language language) {
        if (name == null || name.isBlank() || name.length() > 60) {
            return Optional.empty();
        }
        Optional<CodeList> list = em.createQuery("SELECT l FROM CodeList l WHERE UPPER(l.name) = :name", CodeList.class)
                .setParameter("name", name.toUpperCase(Locale.ROOT)).getResultStream().findFirst();
        return list.map(l -> {
            List<CodeListView.CodeView> codes = codes(l.name()).stream()
                    .map(c -> new CodeListView.CodeView(c.code(), c.parentCode(), c.names().in(language), c.names().all(),
                            c.withdrawn()))
                    .toList();
            return new CodeListView(l.name(), l.source(), codes.size(), codes);
        });
    }

    /** The codes among {@code codes} that the list does not have (or that it withdrew), in one query. */
    public java.util.Set<String> unknown(String listName, java.util.Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> known = new java.util.HashSet<>(em.createQuery(
                "SELECT c.code FROM Code c WHERE c.listName = :list AND c.withdrawn = FALSE AND c.code IN :codes", String.class)
                .setParameter("list", listName).setParameter("codes", java.util.List.copyOf(codes)).getResultList());
        java.util.Set<String> unknown = new java.util.TreeSet<>(codes);
        unknown.removeAll(known);
        return unknown;
    }

    /** The codes of a list in their display order. */
    public List<Code> codes(String listName) {
        return em.createQuery("SELECT c FROM Code c WHERE c.listName = :list ORDER BY c.sortOrder, c.code", Code.class)
                .setParameter("list", listName).getResultList();
    }
}
