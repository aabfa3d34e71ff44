package io.pgdeck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each overlay, with a team's provision output beside it as an operator lays it out, rendered offline by Debian's
 * kubectl, every object valid against the Kubernetes API schemas, and the restricted Pod Security profile kept.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void validatorInstalled() throws Exception {
        if (!Files.isDirectory(KUBERNETES.resolve("validate/node_modules/kubernetes-models"))) {
            run(KUBERNETES.resolve("validate"), null, "npm", "ci", "--no-audit", "--no-fund");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void rendersValidObjectsThatKeepTheRestrictedProfile(String environment) throws Exception {
        Path team = teamDirectory(environment);

        String yaml = run(team, null, "kubectl", "kustomize", team.toString());
        String validation = run(KUBERNETES.resolve("validate"), yaml, "node", "validate.mjs");

        assertThat(validation.lines())
                .containsExactlyInAnyOrder(
                        "valid Service/pgdeck",
                        "valid PersistentVolumeClaim/pgdeck-state",
                        "valid Deployment/pgdeck",
                        "valid NetworkPolicy/pgdeck",
                        "valid Secret/pgdeck",
                        "valid ConfigMap/pgdeck");
        JsonNode deployment = object(team, "Deployment");
        JsonNode pod = deployment.at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/seccompProfile/type").asString()).isEqualTo("RuntimeDefault");
        assertThat(pod.at("/automountServiceAccountToken").asBoolean()).isFalse();
        JsonNode container = pod.at("/containers/0");
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean())
                .isFalse();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                .isTrue();
        assertThat(container.at("/securityContext/capabilities/drop/0").asString())
                .isEqualTo("ALL");
        assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/resources/limits/memory").asString()).isNotEmpty();
        assertThat(container.at("/envFrom").findValuesAsString("name")).containsExactly("pgdeck", "pgdeck");
        assertThat(pod.at("/volumes").findValuesAsString("name")).containsExactly("state", "tmp");

        JsonNode policy = object(team, "NetworkPolicy").at("/spec");
        assertThat(policy.at("/podSelector/matchLabels/app.kubernetes.io~1name").asString())
                .isEqualTo("pgdeck");
        assertThat(policy.at("/egress"))
                .as("DNS and the database, nothing else")
                .hasSize(2);
        assertThat(policy.at("/egress/1/ports/0/port").asInt()).isEqualTo(5432);
        assertThat(object(team, "PersistentVolumeClaim")
                        .at("/metadata/labels/pgdeck.io~1environment")
                        .asString())
                .isEqualTo(environment);
    }

    /** A team's folder: provision's secret.yaml and configmap.yaml, and a kustomization naming the overlay. */
    private static Path teamDirectory(String environment) throws IOException {
        // Kustomize takes only relative paths to other kustomizations: the team's folder lives in the build's own.
        Path team = Files.createDirectories(Path.of("target/kubernetes-teams").toAbsolutePath())
                .resolve(environment);
        Files.createDirectories(team);
        Files.writeString(team.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: team-a-%s
                resources:
                  - %s
                  - secret.yaml
                  - configmap.yaml
                """.formatted(
                environment, team.relativize(KUBERNETES.resolve("overlays").resolve(environment))));
        Files.writeString(team.resolve("secret.yaml"), """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: pgdeck
                type: Opaque
                stringData:
                  PGDECK_SERVER_PASSWORD: "not-a-real-password"
                  PGDECK_ACCOUNT_PASSWORDHASH: "$2a$12$abcdefghijklmnopqrstuu"
                """);
        Files.writeString(team.resolve("configmap.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: pgdeck
                data:
                  PGDECK_SERVER_HOST: "db.internal"
                  PGDECK_DEPLOYMENT_ENVIRONMENT: "%s"
                """.formatted(environment));
        return team;
    }

    /** The rendered object of {@code kind}, read from kubectl's YAML stream. */
    private static JsonNode object(Path team, String kind) throws Exception {
        String yaml = run(team, null, "kubectl", "kustomize", team.toString());
        for (Object document : new org.yaml.snakeyaml.Yaml().loadAll(yaml)) {
            JsonNode object = JSON.valueToTree(document);
            if (object.path("kind").asString().equals(kind)) {
                return object;
            }
        }
        throw new AssertionError("no " + kind + " in " + yaml);
    }

    private static String run(Path directory, String input, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
        return output;
    }
}
