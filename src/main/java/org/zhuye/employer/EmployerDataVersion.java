package org.zhuye.employer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhuye.parameter.ParametersChanged;

/**
 * A token for the state of the employer module's records — units, declarations, payments — and of the dated
 * parameters their figures are judged by. It is replaced as each write commits (after the commit, so a reader
 * holding the new token reads the new rows), which lets a statistic counted from these tables be kept under
 * the token it was counted at and stay exact. The comparison is by identity.
 */
@Component
public class EmployerDataVersion {

    private volatile Object current = new Object();

    public Object current() {
        return current;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EmployersChanged changed) {
        current = new Object();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ParametersChanged changed) {
        current = new Object();
    }
}
