package io.pgdeck.explorer.ddl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

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
        PriorityQueue<Item> ready = new PriorityQueue<>(PREFERENCE);
        PriorityQueue<Item> blocked = new PriorityQueue<>(PREFERENCE);
        for (Item item : items) {
            (waitingFor.get(item).isEmpty() ? ready : blocked).add(item);
        }
        List<Item> ordered = new ArrayList<>(items.size());
        Set<Item> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (ordered.size() < items.size()) {
            Item next = ready.isEmpty() ? firstNotDone(blocked, done) : ready.poll();
            if (!done.add(next)) {
                continue;
            }
            ordered.add(next);
            for (Item dependent : dependents.getOrDefault(next, List.of())) {
                Set<Item> needs = waitingFor.get(dependent);
                if (needs.remove(next) && needs.isEmpty() && !done.contains(dependent)) {
                    ready.add(dependent);
                }
            }
        }
        return ordered;
    }

    private static Item firstNotDone(PriorityQueue<Item> blocked, Set<Item> done) {
        Item item = blocked.poll();
        while (done.contains(item)) {
            item = blocked.poll();
        }
        return item;
    }
}
