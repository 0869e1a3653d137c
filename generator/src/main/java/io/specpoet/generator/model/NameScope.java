package io.specpoet.generator.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope (a package, a class's members). Reserved names are
 * claimed first; a name already taken gets the smallest numeric suffix that is free, so the result
 * depends only on the order of requests, which callers keep deterministic.
 */
public final class NameScope {

    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;
    private final Set<String> takenIgnoringCase = new HashSet<>();

    public NameScope(Set<String> reserved) {
        this(reserved, false);
    }

    /**
     * @param ignoreCase whether claimed names must also differ in more than case: the names of
     *     files, which case-insensitive file systems (macOS, Windows) would otherwise merge.
     *     Reserved names still only block themselves.
     */
    public NameScope(Set<String> reserved, boolean ignoreCase) {
        taken.addAll(reserved);
        this.ignoreCase = ignoreCase;
    }

    public boolean isTaken(String name) {
        return taken.contains(name) || (ignoreCase && takenIgnoringCase.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** Claims {@code candidate}, or {@code candidate2}, {@code candidate3}, … if it is taken. */
    public String claim(String candidate) {
        String name = candidate;
        for (int suffix = 2; isTaken(name); suffix++) {
            name = candidate + suffix;
        }
        taken.add(name);
        takenIgnoringCase.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
