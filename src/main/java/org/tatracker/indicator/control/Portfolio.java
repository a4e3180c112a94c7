package org.tatracker.indicator.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;

/**
 * What the dashboards count, held in memory: each project's facts (the columns the project keeps for
 * them, its recipient countries, partners, USD by year, training sums and linked needs), the needs of
 * every country counted by what tells them apart, and the linked needs one by one. An instance never
 * changes: {@link #with} gives a new one with some projects and countries read again, so that a
 * dashboard reads one consistent copy while the next is made.
 * <p>
 * Why in memory: at the scale (50,000 projects, 200,000 needs, a million transactions) Derby
 * takes 2 to 9 seconds for the dashboard's grouped queries under broad filters, while the same sums
 * over these facts take a few milliseconds. The database stays the record; the triggers of V13 say
 * which projects and countries changed, and {@code PortfolioStore} reads them again.
 */
public final class Portfolio {

    /** A recipient country of a project and its percentage. */
    public record Share(String m49, BigDecimal percentage) {
    }

    /** A partner: its name, role, country (null when none) and SSC role (null when none). */
    public record Party(String name, PartnerRole role, String m49, SscRole sscRole) {
    }

    /** USD committed and disbursed in a year of transaction. */
    public record Year(int year, BigDecimal committedUsd, BigDecimal disbursedUsd) {
    }

    /** The sums of a project's training events of one modality and type (the weighed figures the events keep). */
    public record Training(TrainingModality modality, TrainingType type, long participants, long female, BigDecimal weightedGain,
            long scoredParticipants, BigDecimal weightedFollowUp, long followedParticipants, long certifiedTrainers, long secondaryTrainees) {
    }

    /** A project as the dashboards see it; {@code title} in lower case (the search compares lower case). */
    public record Project(long id, ProjectStatus status, Modality modality, boolean technical, boolean material, boolean training,
            Integer startYear, Integer endYear, BigDecimal committedUsd, BigDecimal disbursedUsd, int signalsApplicable, int signalsMet,
            boolean theoryOfChange, boolean materialWithCapacity, boolean linkedToValidated, String areas, String sectors, String title,
            String iatiIdentifier, List<Share> countries, List<Party> partners, List<Year> years, List<Training> trainings,
            List<Long> needs) {

        public boolean hasKind(ComponentKind kind) {
            return switch (kind) {
                case TECHNICAL -> technical;
                case MATERIAL -> material;
                case TRAINING -> training;
            };
        }
    }

    /** A need linked to a project, with what the indicators ask of it. */
    public record Need(long id, Priority priority, NeedStatus status, boolean counted, boolean published, String m49) {
    }

    /** How many counted needs of a country share a publication, priority and status. */
    public record NeedGroup(String m49, boolean published, Priority priority, NeedStatus status, long count) {
    }

    /** The open counted needs of a country with one publication and currency of estimated cost (null: no cost), and their sum. */
    public record OpenCost(String m49, boolean published, String currency, long count, BigDecimal amount) {
    }

    /** The needs of a set of countries, read again: the groups, the open costs and the linked needs. */
    public record CountryNeeds(Set<String> countries, List<NeedGroup> groups, List<OpenCost> costs, List<Need> linked) {
    }

    /**
     * The project list's filters, as {@code Projects.filters} applies them in SQL ({@code countryM49} resolved from the
     * ISO code; {@link #NOWHERE} when the code is unknown, which selects nothing).
     */
    public record Selection(String countryM49, String region, String donor, String implementer, Modality modality, ComponentKind kind,
            String sector, ProjectStatus status, Integer year, String text) {

        public static final String NOWHERE = "";

        public boolean selects(Project p) {
            return selects(p, text == null ? null : titleMatcher(text));
        }

        /** The same with the search text's matcher made once for many projects. */
        boolean selects(Project p, java.util.function.Predicate<String> title) {
            if (countryM49 != null && p.countries().stream().noneMatch(s -> s.m49().equals(countryM49))) {
                return false;
            }
            if (region != null && (p.areas() == null || !p.areas().contains("|" + region + "|"))) {
                return false;
            }
            if (!hasPartner(p, donor, PartnerRole.FUNDING) || !hasPartner(p, implementer, PartnerRole.IMPLEMENTING)) {
                return false;
            }
            if (sector != null && (p.sectors() == null || !p.sectors().contains("|" + sector + (sector.length() < 5 ? "" : "|")))) {
                return false;
            }
            if ((modality != null && p.modality() != modality) || (kind != null && !p.hasKind(kind)) || (status != null && p.status() != status)) {
                return false;
            }
            if (year != null && (p.startYear() == null || p.startYear() > year || (p.endYear() != null && p.endYear() < year))) {
                return false;
            }
            return text == null || (p.title() != null && title.test(p.title())) || text.equals(p.iatiIdentifier());
        }

        /** Whether nothing is filtered. */
        public boolean everything() {
            return countryM49 == null && region == null && donor == null && implementer == null && modality == null && kind == null
                    && sector == null && status == null && year == null && text == null;
        }

        private static boolean hasPartner(Project p, String name, PartnerRole role) {
            return name == null || p.partners().stream().anyMatch(x -> x.role() == role && name.equals(x.name()));
        }

        /** LIKE '%text%' over the lower-case title, where '%' and '_' typed by a person match any one character (SearchText). */
        static java.util.function.Predicate<String> titleMatcher(String text) {
            String typed = text.strip().toLowerCase(Locale.ROOT).replace('%', '_');
            if (typed.indexOf('_') < 0) {
                return title -> title.contains(typed);
            }
            StringBuilder regex = new StringBuilder();
            for (String part : typed.split("_", -1)) {
                regex.append(regex.length() == 0 ? "" : ".").append(Pattern.quote(part));
            }
            Pattern pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
            return title -> pattern.matcher(title).find();
        }
    }

    /**
     * Which needs a reader counts: in the area ({@code null}: anywhere), and readable (administrators all; others the
     * published ones and, for field offices and governments, those of their countries).
     */
    public record NeedScope(Set<String> area, boolean all, Set<String> own) {

        public boolean counts(String m49, boolean published) {
            if (m49 == null) {
                return area == null && (all || published);
            }
            return (area == null || area.contains(m49)) && (all || published || own.contains(m49));
        }
    }

    private final Map<Long, Project> projects;
    private final Map<Long, Need> linkedNeeds;
    private final Map<String, List<NeedGroup>> groups;
    private final Map<String, List<OpenCost>> costs;

    public Portfolio(Collection<Project> projects, CountryNeeds needs) {
        this(index(projects), new HashMap<>(), new HashMap<>(), new HashMap<>(), needs);
    }

    private Portfolio(Map<Long, Project> projects, Map<Long, Need> linkedNeeds, Map<String, List<NeedGroup>> groups,
            Map<String, List<OpenCost>> costs, CountryNeeds needs) {
        this.projects = projects;
        this.linkedNeeds = linkedNeeds;
        this.groups = groups;
        this.costs = costs;
        if (needs != null) {
            needs.countries().forEach(c -> {
                groups.remove(c);
                costs.remove(c);
            });
            linkedNeeds.values().removeIf(n -> needs.countries().contains(n.m49()));
            needs.groups().forEach(g -> groups.computeIfAbsent(g.m49(), k -> new ArrayList<>()).add(g));
            needs.costs().forEach(c -> costs.computeIfAbsent(c.m49(), k -> new ArrayList<>()).add(c));
            needs.linked().forEach(n -> linkedNeeds.put(n.id(), n));
        }
    }

    private static Map<Long, Project> index(Collection<Project> projects) {
        Map<Long, Project> byId = new HashMap<>(projects.size() * 2);
        projects.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /**
     * A copy with these projects read again ({@code reread} holds the ids asked for; those missing from {@code projects} were
     * deleted) and these countries' needs read again.
     */
    public Portfolio with(Set<Long> reread, Collection<Project> changed, CountryNeeds needs) {
        Map<Long, Project> next = new HashMap<>(projects);
        reread.forEach(next::remove);
        changed.forEach(p -> next.put(p.id(), p));
        return new Portfolio(next, new HashMap<>(linkedNeeds), copy(groups), copy(costs), needs);
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> m) {
        Map<String, List<T>> c = new HashMap<>();
        m.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
        return c;
    }

    public int size() {
        return projects.size();
    }

    public List<Project> select(Selection s) {
        if (s.everything()) {
            return List.copyOf(projects.values());
        }
        List<Project> out = new ArrayList<>();
        java.util.function.Predicate<String> title = s.text() == null ? null : Selection.titleMatcher(s.text());
        for (Project p : projects.values()) {
            if (s.selects(p, title)) {
                out.add(p);
            }
        }
        return out;
    }

    public Collection<Project> projects() {
        return projects.values();
    }

    /** A linked need, or null when it does not exist (any more). */
    public Need need(long id) {
        return linkedNeeds.get(id);
    }

    /** The need groups the scope counts. */
    public List<NeedGroup> needGroups(NeedScope scope) {
        List<NeedGroup> out = new ArrayList<>();
        groups.forEach((m49, list) -> list.stream().filter(g -> scope.counts(m49, g.published())).forEach(out::add));
        return out;
    }

    /** The open costs the scope counts. */
    public List<OpenCost> openCosts(NeedScope scope) {
        List<OpenCost> out = new ArrayList<>();
        costs.forEach((m49, list) -> list.stream().filter(c -> scope.counts(m49, c.published())).forEach(out::add));
        return out;
    }
}
