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

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ProblemMappers mappers = new ProblemMappers();
        mappers.uriInfo = uriInfo;
        mappers.headers = headers; // the request's Accept-Language: the answer's language
        return mappers.toResponse(exception);
    }
}
