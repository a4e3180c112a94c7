package org.tatracker.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tatracker.platform.control.DatabaseProbe;

/** Reports DOWN whenever the database cannot answer a trivial query. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.Result result = DatabaseProbe.probe(dataSource);
        return result.up()
                ? HealthCheckResponse.named("database").up().withData("countries", result.countries()).build()
                : HealthCheckResponse.named("database").down().withData("error", result.error()).build();
    }
}
