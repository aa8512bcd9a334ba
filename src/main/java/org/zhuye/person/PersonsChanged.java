package org.zhuye.person;

import java.util.Collection;
import java.util.Set;

/**
 * Persons whose registry data (record or employment history) changed in a transaction, published
 * inside it; listeners that keep derived copies (the overview snapshot) re-read these persons
 * after the commit. A bulk load that changes too many to list, or writes with plain SQL, publishes
 * {@link #everyone()}.
 *
 * @param ids      the persons changed (empty when {@code all})
 * @param all      whether any person may have changed (the ids are then not listed)
 */
public record PersonsChanged(Set<Long> ids, boolean all) {

    public PersonsChanged {
        ids = Set.copyOf(ids);
    }

    public static PersonsChanged of(long... ids) {
        return new PersonsChanged(java.util.Arrays.stream(ids).boxed().collect(java.util.stream.Collectors.toSet()), false);
    }

    public static PersonsChanged of(Collection<Long> ids) {
        return new PersonsChanged(Set.copyOf(ids), false);
    }

    public static PersonsChanged everyone() {
        return new PersonsChanged(Set.of(), true);
    }
}
