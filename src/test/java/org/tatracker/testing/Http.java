package org.tatracker.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON client for tests that talk to the running application over HTTP. */
public final class Http {

    /**
     * HTTP/1.1, as browsers speak to a plain-http server. Over the cleartext HTTP/2 that Payara Micro also offers, a request
     * body the server refuses unread (a 401, a 400 on a parameter, an upload above the limit) holds up the one shared
     * connection's flow-control window, and every later request of the test run waits for it.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final String language;

    public Http(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null);
    }

    public Http(URI base) {
        this(base, null);
    }

    private Http(URI base, String authorization) {
        this(base, authorization, null);
    }

    private Http(URI base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same client asking for answers in a language ({@code Accept-Language}). */
    public Http inLanguage(String acceptLanguage) {
        return new Http(base, authorization, acceptLanguage);
    }

    /** The same client signing in with HTTP Basic. */
    public Http as(String username, String password) {
        return new Http(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The same client with a new API token of the account this client signs in as: a password is hashed (PBKDF2) on every
     * Basic request, a token is not, which makes a test of many requests several times faster.
     */
    public Http withToken(String name) {
        Response created = post("api/me/tokens", "{\"name\":\"" + name + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("no token: " + created.status() + " " + created.body());
        }
        return bearer(created.json().getString("token"));
    }

    /** The id of the field office of a country (as the demo and test data have one), looked up by this client. */
    public long fieldOfficeOf(String iso3) {
        return get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("FIELD_OFFICE") && iso3.equals(o.getString("countryIso3", null)))
                // the demo accounts' offices, not those of the generated demo data ("Field office 3 (synthetic)")
                .filter(o -> !o.getString("name").endsWith("(synthetic)"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no field office of " + iso3)).getJsonNumber("id").longValue();
    }

    /** The same client signing in with an API token. */
    public Http bearer(String token) {
        return new Http(base, "Bearer " + token);
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    public Response sendRaw(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    public static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
