package org.zhuye.training.course;

/**
 * The course list's filters, as query parameters: {@code region} (any level inside the jurisdiction),
 * {@code kind}, {@code status}, {@code provider}, {@code institution} (the courses of one of our
 * institutions as provider; its page links here), {@code from}/{@code to} (start date range, yyyy-mm-dd).
 */
public record CourseFilter(String region, String kind, String status, Long provider, Long institution, String from,
                           String to) {

    static CourseFilter none() {
        return new CourseFilter(null, null, null, null, null, null, null);
    }
}
