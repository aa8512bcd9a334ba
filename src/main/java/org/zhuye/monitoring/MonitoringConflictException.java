package org.zhuye.monitoring;

/**
 * A change that came too late: the record was changed by someone else since it was read (a stale version),
 * or it is frozen (an issued 通报, a locked annual report). Answered 409.
 */
public class MonitoringConflictException extends RuntimeException {

    public MonitoringConflictException(String message) {
        super(message);
    }
}
