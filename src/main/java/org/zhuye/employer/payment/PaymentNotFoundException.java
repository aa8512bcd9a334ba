package org.zhuye.employer.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No payment with this id that the caller may see: the same answer whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PaymentNotFoundException extends RuntimeException {
    public PaymentNotFoundException(long id) {
        super("没有编号为 " + id + " 的残保金缴纳记录，或不在您的管辖范围内");
    }
}
