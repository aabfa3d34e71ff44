package io.pgdeck.ddl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders items so that each comes after everything it requires (a topological sort over pg_depend and the explicit
 * edges), choosing among the items that are ready by phase and then name, as pg_dump does. A cycle, which the catalog
 * should not hold, does not stop the script: the first item of the cycle by that order goes first.
 */
final class DependencyOrder {

    private static final Comparator<Item> PREFERENCE =
            Comparator.comparing((Item item) -> item.phase).thenComparing(item -> item.name);

    private DependencyOrder() {}

    static List<Item> sort(List<Item> items) {
        Map<String, Item> providers = new HashMap<>();
        for (Item item : items) {
            item.provides.forEach(address -> providers.put(address, item));
        }
        Map<Item, Set<Item>> waitingFor = new IdentityHashMap<>();
        Map<Item, List<Item>> dependents = new IdentityHashMap<>();
        for (Item item : items) {
            Set<Item> needs = new LinkedHashSet<>();
            for (String address : item.requires) {
                Item provider = providers.get(address);
                if (provider != null && provider != item) {
                    needs.add(provider);
                    dependents.computeIfAbsent(provider, p -> new ArrayList<>()).add(item);
                }
            }
            waitingFor.put(item, needs);
        }
        return drain(items, waitingFor, dependents);
    }

    private static List<Item> drain(
            List<Item> items, Map<Item, Set<Item>> waitingFor, Map<Item, List<Item>> dependents) {
        Map<Item, Integer> position = new IdentityHashMap<>();
        items.forEach(item -> position.put(item, position.size()));
        Comparator<Item> order = PREFERENCE.thenComparing(position::get);
        PriorityQueue<Item> ready = new PriorityQueue<>(order);
        TreeSet<Item> blocked = new TreeSet<>(order);
        for (Item item : items) {
            (waitingFor.get(item).isEmpty() ? ready : blocked).add(item);
        }
        List<Item> ordered = new ArrayList<>(items.size());
        while (!ready.isEmpty() || !blocked.isEmpty()) {
            Item next = ready.isEmpty() ? inCycle(blocked.first(), waitingFor) : ready.poll();
            blocked.remove(next);
            ordered.add(next);
            for (Item dependent : dependents.getOrDefault(next, List.of())) {
                Set<Item> needs = waitingFor.get(dependent);
                if (needs.remove(next) && needs.isEmpty() && blocked.remove(dependent)) {
                    ready.add(dependent);
                }
            }
        }
        return ordered;
    }

    /** Follows what {@code start} waits for until an item repeats: that one is on a cycle, and goes first. */
    private static Item inCycle(Item start, Map<Item, Set<Item>> waitingFor) {
        Set<Item> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Item at = start;
        while (seen.add(at)) {
            at = waitingFor.get(at).iterator().next();
        }
        return at;
    }
}
