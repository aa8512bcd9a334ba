package org.zhuye.employer.payment;

/** How a payment reached the system: typed in by staff, or imported from the tax bureau's feedback file. */
public enum PaymentSource {
    TYPED("手工登记"),
    IMPORTED("税务反馈导入");

    private final String label;

    PaymentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
