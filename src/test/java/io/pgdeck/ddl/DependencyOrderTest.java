package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a script: what is needed first, then by phase and name, and a cycle does not stop it. */
class DependencyOrderTest {

    private static Item item(String name, Phase phase, int oid, int... needs) {
        Item item = new Item(name, phase.name(), "owner", phase).provides("pg_class", oid);
        for (int need : needs) {
            item.requires("pg_class", need);
        }
        return item;
    }

    private static List<String> names(List<Item> items) {
        return DependencyOrder.sort(items).stream().map(item -> item.name).toList();
    }

    @Test
    void withoutDependenciesPhaseThenNameDecide() {
        assertThat(names(List.of(
                        item("b_view", Phase.VIEW, 1),
                        item("z_table", Phase.TABLE, 2),
                        item("a_table", Phase.TABLE, 3),
                        item("a_type", Phase.TYPE, 4))))
                .containsExactly("a_type", "a_table", "z_table", "b_view");
    }

    @Test
    void whatIsNeededComesFirstWhateverItsNameOrPhase() {
        assertThat(names(List.of(
                        item("a_view", Phase.VIEW, 1, 2),
                        item("b_view", Phase.VIEW, 2, 3),
                        item("c_table", Phase.TABLE, 3, 4),
                        item("d_function", Phase.FUNCTION, 4, 5),
                        item("e_table", Phase.TABLE, 5))))
                .containsExactly("e_table", "d_function", "c_table", "b_view", "a_view");
    }

    /** c waits for the cycle a-b; the cycle is broken at a, after which c's phase puts it before b. */
    @Test
    void aCycleIsBrokenOnTheCycleAndStillGivesEveryItemOnce() {
        assertThat(names(List.of(
                        item("a", Phase.TABLE, 1, 2), item("b", Phase.TABLE, 2, 1), item("c", Phase.TYPE, 3, 1))))
                .containsExactly("a", "c", "b");
    }

    @Test
    void dependenciesOnObjectsOutsideTheScriptAreIgnored() {
        assertThat(names(List.of(item("a", Phase.TABLE, 1, 99), item("b", Phase.TYPE, 2))))
                .containsExactly("b", "a");
    }
}
