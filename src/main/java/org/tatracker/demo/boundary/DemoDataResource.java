package org.tatracker.demo.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.demo.control.DemoPlan;
import org.tatracker.platform.boundary.InvalidParameterException;
import org.tatracker.platform.boundary.QueryParameters;

/**
 * The demo data command: {@code POST /api/demo-data?scale=0.5} adds what is missing of the synthetic data at that scale
 * and answers what it added. Administrators only; the command-line entry is {@code src/main/scripts/demo-data.sh}.
 */
@Path("demo-data")
@Tag(name = "Demo data", description = "Synthetic, clearly labelled data to look at")
public class DemoDataResource {


    @Inject
    DemoData demoData;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate the synthetic demo data at a scale (administrators): adds only what is missing, so the same scale "
            + "twice adds nothing and a larger scale adds the difference. Scale 1: 20,000 assessments, 200,000 needs, 50,000 projects, "
            + "1,000,000 transactions (several minutes). Answers what was added and how long it took; 409 while another run is going.")
    public DemoData.Report generate(@QueryParam("scale") String scale) {
        if (scale == null || scale.isBlank()) {
            throw new InvalidParameterException("scale", "requiredScale", (int) DemoPlan.MAX_SCALE);
        }
        QueryParameters p = new QueryParameters();
        Double value = p.parsed("scale", scale, DemoDataResource::scale, "scaleRule", (int) DemoPlan.MAX_SCALE);
        p.check();
        return demoData.generate(value);
    }

    /** A decimal number in the generator's range; no NaN, infinity or hexadecimal. */
    static Optional<Double> scale(String text) {
        try {
            double value = new BigDecimal(text).doubleValue();
            DemoPlan.requireScale(value);
            return Optional.of(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
