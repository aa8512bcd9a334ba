package org.zhuye.training.course;

/** A teacher named in the 开班申请: who, and the qualification that lets them teach this course. */
public record Teacher(String name, String qualification) {
}
