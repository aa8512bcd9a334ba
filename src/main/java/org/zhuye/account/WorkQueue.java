package org.zhuye.account;

import java.util.List;

/**
 * What waits for a user in one module: each module that holds work (the registry's reviews and imports,
 * casework's visits and follow-ups, the declarations) offers its own queue as a bean, and the home page
 * lists what every queue returns. It lives here, beside the account it is asked about, because every
 * module that has work already depends on this one, and the home page need not read any module's tables.
 */
public interface WorkQueue {

    /**
     * The tasks in the user's jurisdiction that the user's roles may act on, each with its count (zero
     * included, so the page can say nothing waits); an empty list when none of the roles acts here.
     * Each count should be one indexed query: the home page is opened all day.
     */
    List<HomeTask> tasksFor(UserAccount user);
}
