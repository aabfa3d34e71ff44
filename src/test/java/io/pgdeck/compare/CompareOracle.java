package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.ddl.OracleDatabases;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.TestPostgres;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The oracle both ways: in a fresh database the schema {@code want} and the schema {@code live}, the one's snapshot
 * compared with the other, the script run on the target; then pg_dump prints both schemas the same and a second
 * comparison finds nothing left.
 */
final class CompareOracle {

    static final String WANT = "cmp_want";
    static final String LIVE = "cmp_live";

    private final Client client;
    private final StorageArea storage;

    CompareOracle(Client client, StorageArea storage) {
        this.client = client;
        this.storage = storage;
    }

    /** Both directions, each in its own database; the answer of each comparison is handed to {@code check}. */
    void convergesBothWays(Function<String, String[]> wanted, Function<String, String[]> live, Checks checks) {
        for (String target : new String[] {"live", "snapshot"}) {
            String database = OracleDatabases.fresh();
            try {
                TestPostgres.execute(database, wanted.apply(WANT));
                TestPostgres.execute(database, live.apply(LIVE));
                JsonNode compared = compare(database, target);
                checks.before(database, target, compared);
                OracleDatabases.replay(
                        database, checks.replayed(compared.get("script").asString()));
                checks.after(database, target);
            } finally {
                OracleDatabases.drop(database);
            }
        }
    }

    /** Both directions where the script is expected to leave nothing different. */
    void convergesBothWays(Function<String, String[]> wanted, Function<String, String[]> live) {
        convergesBothWays(wanted, live, new Checks() {});
    }

    /** Saves {@code want}'s snapshot and compares {@code live} with it, the script changing {@code target}. */
    JsonNode compare(String database, String target) {
        String path = "oracle/" + database + ".json";
        CompareRequests.save(client, storage, database, WANT, path);
        Client.Response response = CompareRequests.compare(
                client, database, LIVE, "{\"snapshot\":\"" + path + "\",\"options\":{},\"target\":\"" + target + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** pg_dump of the schema the script changed and of the other, the former renamed as the latter. */
    static String[] dumps(String database, String target) {
        String changed = "live".equals(target) ? LIVE : WANT;
        String kept = "live".equals(target) ? WANT : LIVE;
        return new String[] {
            OracleDatabases.dump(database, changed).replaceAll("\\b" + changed + "\\b", kept),
            OracleDatabases.dump(database, kept)
        };
    }

    /**
     * Checks of a change made in place: the dumps match, the script says none of {@code absent} and, where
     * {@code present} is given, what it answers for the target; made live, {@code query} on the live schema
     * answers {@code liveRows}, which the script kept.
     */
    static Checks inPlace(Function<String, String> present, String query, String liveRows, String... absent) {
        return new Checks() {
            @Override
            public void before(String database, String target, JsonNode compared) {
                Checks.super.before(database, target, compared);
                String script = compared.get("script").asString();
                for (String statement : absent) {
                    assertThat(script).doesNotContain(statement);
                }
                if (present != null) {
                    assertThat(script).contains(present.apply(target));
                }
            }

            @Override
            public void after(String database, String target) {
                Checks.super.after(database, target);
                if ("live".equals(target)) {
                    assertThat(SchemaCompareShapesOracleTest.value(database, query))
                            .isEqualTo(liveRows);
                }
            }
        };
    }

    /** What a case checks around the replay; by default that the dumps match and nothing is left to do. */
    interface Checks {

        default void before(String database, String target, JsonNode compared) {
            assertThat(compared.get("differences").size()).as("differences").isPositive();
        }

        /** The text psql runs: by default the script as it is, each statement committed on its own. */
        default String replayed(String script) {
            return script;
        }

        default void after(String database, String target) {
            String[] dumps = dumps(database, target);
            assertThat(dumps[0]).isEqualTo(dumps[1]);
        }
    }
}
