package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.SingleTenantTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI description holds every operation the API contract (docs/api.md) names, so a third party that
 * reads the description finds all of it. A contract path matches a served one segment by segment: a parameter matches
 * a parameter, a literal the same literal, and one of the kinds the contract lists (such as {@code tables}) the served
 * {@code {kind}}; a path the contract writes as {@code .../rest} matches a served path ending so.
 */
class ApiContractTest extends SingleTenantTest {

    private static final Path CONTRACT = Path.of("docs/api.md");
    private static final Pattern KINDS = Pattern.compile("kind is one of ([^.]*)\\.");
    private static final Pattern OPERATION =
            Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^`?\\s]*|\\.\\.\\./[^`?\\s]*)");

    record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationOfTheContractIsInTheServedDescription() throws IOException {
        String text = Files.readString(CONTRACT);
        List<Operation> contract = contractOperations(text);
        List<String> kinds = kinds(text);
        assertThat(contract).hasSizeGreaterThan(50);
        assertThat(kinds).contains("tables", "views", "aggregates");
        JsonNode paths = loggedIn().get("/api/v1/openapi.json").json().get("paths");

        List<Operation> missing = new ArrayList<>();
        for (Operation operation : contract) {
            if (!served(paths, operation, kinds)) {
                missing.add(operation);
            }
        }

        assertThat(missing)
                .as("operations of docs/api.md missing from /api/v1/openapi.json")
                .isEmpty();
    }

    private static List<String> kinds(String contract) {
        Matcher matcher = KINDS.matcher(contract);
        assertThat(matcher.find()).as("the contract lists the kinds").isTrue();
        return List.of(matcher.group(1).replace("`", "").replaceAll("\\s+", " ").split(", "));
    }

    private static List<Operation> contractOperations(String contract) {
        List<Operation> operations = new ArrayList<>();
        Matcher matcher = OPERATION.matcher(contract);
        while (matcher.find()) {
            operations.add(new Operation(matcher.group(1), matcher.group(2)));
        }
        return operations;
    }

    private static boolean served(JsonNode paths, Operation operation, List<String> kinds) {
        String method = operation.method().toLowerCase(Locale.ROOT);
        for (var entry : paths.properties()) {
            if (entry.getValue().has(method) && matches(operation.path(), entry.getKey(), kinds)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String contractPath, String servedPath, List<String> kinds) {
        String[] wanted = contractPath.split("/");
        String[] served = servedPath.split("/");
        boolean suffix = contractPath.startsWith("...");
        int from = suffix ? 1 : 0;
        int offset = suffix ? served.length - wanted.length : 0;
        if (offset < 0 || (!suffix && wanted.length != served.length)) {
            return false;
        }
        for (int i = from; i < wanted.length; i++) {
            if (!segmentMatches(wanted[i], served[i + offset], kinds)) {
                return false;
            }
        }
        return true;
    }

    private static boolean segmentMatches(String wanted, String served, List<String> kinds) {
        if (served.equals("{kind}") && kinds.contains(wanted)) {
            return true;
        }
        return wanted.startsWith("{") ? served.startsWith("{") : wanted.equals(served);
    }
}
