package org.tatracker.iati.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.TransactionType;

/** What the writer publishes, the reader takes back: every sample project, written to one file and read again. */
class ActivityRoundTripTest {

    @Test
    void whatIsWrittenIsReadBackUnchanged() throws IOException {
        List<ProjectViews.Detail> projects = SampleDetails.all().stream().map(SampleDetails.Builder::build).toList();
        byte[] xml = ActivityWriterTest.write(projects.toArray(ProjectViews.Detail[]::new));
        IatiSchema.assertValid(xml);

        ActivityReader.Result r = new ActivityReader(OfficialCodelists.INSTANCE).read(new ByteArrayInputStream(xml));

        assertEquals(List.of(), r.problems());
        assertEquals(projects.size(), r.activities().size());
        for (int i = 0; i < projects.size(); i++) {
            ProjectViews.Detail p = projects.get(i);
            ImportedActivity a = r.activities().get(i);
            String id = p.iatiIdentifier();
            assertEquals(p.iatiIdentifier(), a.iatiIdentifier());
            assertEquals(p.title(), a.title(), id);
            assertEquals(p.description() == null ? p.title() : p.description(), a.description(), id);
            assertEquals(p.reportingOrgRef(), a.reportingOrg().ref(), id);
            assertEquals(ProjectStatus.valueOf(p.status()).iatiCode(), a.status(), id);
            assertEquals(p.plannedStart(), a.plannedStart(), id);
            assertEquals(p.plannedEnd(), a.plannedEnd(), id);
            assertEquals(p.actualStart(), a.actualStart(), id);
            assertEquals(p.actualEnd(), a.actualEnd(), id);
            assertEquals(p.countries().stream().map(c -> new ImportedActivity.Share(SampleDetails.ISO3_TO_ISO2.apply(c.iso3()), c.percentage()))
                    .toList(), a.countries(), id);
            assertEquals(p.recipientRegion() == null ? List.of() : List.of(new ImportedActivity.Share(p.recipientRegion(), null)), a.regions(), id);
            assertEquals(p.sectors().stream().map(s -> new ImportedActivity.Share(s.code(), s.percentage())).toList(), a.sectors(), id);
            assertEquals(p.codes().getOrDefault("sdg_target", List.of()).stream().filter(c -> !c.startsWith("G")).toList(), a.sdgTargets(), id);
            assertEquals(p.policyMarkers().stream().map(m -> new ImportedActivity.Marker(m.code(), m.significance())).toList(),
                    a.policyMarkers(), id);
            assertEquals(expectedParticipants(p), a.participatingOrgs(), id);
            assertEquals(totals(p), a.totalsByCurrency(), id);
            assertEquals(p.transactions().stream().map(t -> String.valueOf(t.id())).toList(),
                    a.transactions().stream().map(ImportedActivity.Transaction::ref).toList(), "transactions keep the tracker's ids: " + id);
            assertEquals(p.budgets().stream().map(b -> b.periodStart() + " " + b.periodEnd() + " " + b.amount() + " " + b.currency()).toList(),
                    a.budgets().stream().map(b -> b.periodStart() + " " + b.periodEnd() + " " + b.amount() + " " + b.currency()).toList(), id);
            assertEquals(p.results().size(), a.results().size(), id);
        }
    }

    @Test
    void resultsBySexComeBackAsTargetsAndActualsWithTheSexDimension() throws IOException {
        byte[] xml = ActivityWriterTest.write(SampleDetails.resultsBySex().build());
        ImportedActivity a = new ActivityReader(OfficialCodelists.INSTANCE).read(new ByteArrayInputStream(xml)).activities().get(0);
        ImportedActivity.Result result = a.results().get(0);
        assertEquals("1", result.type());
        ImportedActivity.Indicator i = result.indicators().get(0);
        assertEquals("Detainees who received legal aid", i.title());
        assertEquals("1", i.measure());
        assertEquals(2024, i.baselineYear());
        assertEquals("150", i.baselineValue());
        ImportedActivity.Period first = i.periods().get(0);
        assertEquals(new BigDecimal("1000"), first.target().number());
        assertEquals(new BigDecimal("1130"), first.actual().number());
        Map<String, String> targetsBySex = first.targets().stream().filter(v -> v.dimension("sex") != null)
                .collect(Collectors.toMap(v -> v.dimension("sex"), ImportedActivity.Value::value));
        assertEquals(Map.of("female", "300", "male", "700"), targetsBySex);
        assertEquals(List.of(), i.periods().get(1).actuals());
    }

    private static List<ImportedActivity.Participant> expectedParticipants(ProjectViews.Detail p) {
        if (p.partners().isEmpty()) {
            return List.of(new ImportedActivity.Participant(p.ownerOrganisationName(), p.reportingOrgRef(), ActivityWriter.DEFAULT_REPORTING_ORG_TYPE,
                    PartnerRole.ACCOUNTABLE.iatiCode()));
        }
        List<ImportedActivity.Participant> expected = new ArrayList<>();
        for (ProjectViews.PartnerView x : p.partners()) {
            expected.add(new ImportedActivity.Participant(x.name(), x.iatiRef(), x.organisationType(), PartnerRole.valueOf(x.role()).iatiCode()));
        }
        return expected;
    }

    /** The project's transactions summed by IATI type code and currency, as the reader sums what it read. */
    private static Map<String, Map<String, BigDecimal>> totals(ProjectViews.Detail p) {
        Map<String, Map<String, BigDecimal>> totals = new TreeMap<>();
        for (ProjectViews.TransactionView t : p.transactions()) {
            totals.computeIfAbsent(TransactionType.valueOf(t.type()).iatiCode(), k -> new TreeMap<>()).merge(t.currency(), t.amount(),
                    BigDecimal::add);
        }
        return totals;
    }
}
