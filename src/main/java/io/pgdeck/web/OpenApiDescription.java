package io.pgdeck.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a third party needs beside the paths springdoc finds: how to authenticate (the session cookie, and the CSRF
 * header on unsafe calls), what an error looks like (problem+json), and a summary for every operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String SESSION = "session";
    static final String CSRF = "csrf";
    static final String PROBLEM = "Problem";
    private static final Set<PathItem.HttpMethod> SAFE =
            Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

    @Bean
    OpenApiCustomizer pgdeckDescription() {
        return openApi -> {
            describe(openApi);
            openApi.getPaths()
                    .forEach((path, item) ->
                            item.readOperationsMap().forEach((method, operation) -> complete(path, method, operation)));
        };
    }

    private static void describe(OpenAPI openApi) {
        openApi.info(new Info()
                .title("pgdeck API")
                .version("v1")
                .description("The JSON API of pgdeck, the web console for one PostgreSQL server. The browser UI and "
                        + "every script use it. Log in at /login to get the session cookie; unsafe calls also send "
                        + "the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSecuritySchemes(SESSION, cookie("JSESSIONID", "The session cookie that POST /login sets."));
        components.addSecuritySchemes(
                CSRF,
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-XSRF-TOKEN")
                        .description("The value of the XSRF-TOKEN cookie, required on unsafe methods."));
        components.addSchemas(PROBLEM, problemSchema());
        openApi.components(components);
    }

    private static SecurityScheme cookie(String name, String description) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE)
                .name(name)
                .description(description);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summary(operation.getOperationId(), path));
        }
        SecurityRequirement security = new SecurityRequirement().addList(SESSION);
        if (!SAFE.contains(method)) {
            security.addList(CSRF);
        }
        operation.addSecurityItem(security);
        if (operation.getResponses() != null) {
            operation.getResponses().putIfAbsent("4XX", problemResponse("The request was refused; detail says why."));
            operation.getResponses().putIfAbsent("5XX", problemResponse("pgdeck or the database server failed."));
        }
    }

    /** {@code startBackup_1} → "Start backup", from the handler's name, which says what the operation does. */
    static String summary(String operationId, String path) {
        String name = operationId == null ? path : operationId.replaceAll("_\\d+$", "");
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ApiResponse problemResponse(String description) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem; PostgreSQL errors keep sqlState, position and hint.")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong, for a person to read."))
                .addProperty("instance", new StringSchema())
                .addProperty("sqlState", new StringSchema())
                .addProperty("position", new IntegerSchema())
                .addProperty("hint", new StringSchema());
    }
}
