package org.zhuye.monitoring;

/** An indicator, target, bulletin or report that does not exist or is not the caller's to see. Answered 404. */
public class MonitoringNotFoundException extends RuntimeException {

    public MonitoringNotFoundException(String message) {
        super(message);
    }
}
