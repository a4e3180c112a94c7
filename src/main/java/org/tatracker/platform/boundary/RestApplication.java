package org.tatracker.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "TA Tracker API",
        version = "1",
        description = "Technical-assistance partnerships in crime prevention and criminal justice: "
                + "reference data, assessments, projects and indicators. Errors are RFC 9457 problem details."))
public class RestApplication extends Application {
}
