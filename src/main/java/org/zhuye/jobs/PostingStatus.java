package org.zhuye.jobs;

/** draft → submitted → published (after the staff check) or returned with a reason → closed. */
public enum PostingStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    PUBLISHED("已发布"),
    CLOSED("已关闭");

    private final String label;

    PostingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
