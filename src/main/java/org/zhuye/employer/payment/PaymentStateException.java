package org.zhuye.employer.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A payment already voided (by someone else, or a second click). Nothing changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PaymentStateException extends RuntimeException {
    public PaymentStateException(String message) {
        super(message);
    }
}
