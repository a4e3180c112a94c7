package org.tatracker.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey's own mapper for validation errors is more specific than {@link ProblemMappers} and answers
 * with an empty 400: this one, as specific, wins and answers with problem details naming the fields.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ProblemMappers mappers = new ProblemMappers();
        mappers.uriInfo = uriInfo;
        return mappers.toResponse(exception);
    }
}
