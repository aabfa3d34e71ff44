package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.SingleTenantTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The accountability operations are described as the others are: a summary that says what, and problem errors. */
class AuditApiDescriptionTest extends SingleTenantTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/audit, get, audit log",
        "/api/v1/audit/export, get, CSV or JSON",
        "/api/v1/session, get, how long until",
        "/api/v1/session/keep-alive, post, Stay logged in"
    })
    void eachOperationHasASummaryAndProblemErrors(String path, String method, String words) {
        JsonNode description = loggedIn().get("/api/v1/openapi.json").json();

        JsonNode operation = description.get("paths").get(path).get(method);
        assertThat(operation.get("summary").asString()).contains(words);
        assertThat(operation.get("responses").get("4XX").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(operation.get("security").toString()).contains("session");
    }

    @ParameterizedTest
    @CsvSource({"since", "until", "kind", "outcome", "q", "limit", "cursor"})
    void theAuditPageTakesTheFiltersApiMdNames(String parameter) {
        JsonNode page = loggedIn()
                .get("/api/v1/openapi.json")
                .json()
                .get("paths")
                .get("/api/v1/audit")
                .get("get");

        assertThat(page.get("parameters").findValuesAsString("name")).contains(parameter);
    }
}
