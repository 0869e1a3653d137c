package io.specpoet.generator.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out unique names within one scope (a package, a class's members). Reserved names are
 * claimed first; a name already taken gets the smallest numeric suffix that is free, so the result
 * depends only on the order of requests, which callers keep deterministic.
 */
public final class NameScope {

    private final Set<String> taken = new HashSet<>();

    public NameScope(Set<String> reserved) {
        taken.addAll(reserved);
    }

    public boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** Claims {@code candidate}, or {@code candidate2}, {@code candidate3}, … if it is taken. */
    public String claim(String candidate) {
        String name = candidate;
        for (int suffix = 2; taken.contains(name); suffix++) {
            name = candidate + suffix;
        }
        taken.add(name);
        return name;
    }
}
