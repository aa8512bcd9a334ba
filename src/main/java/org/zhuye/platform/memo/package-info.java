/** Answers kept for the immutable in-memory snapshots they were counted from, shared by the statistics modules. */
@org.springframework.modulith.NamedInterface("memo")
package org.zhuye.platform.memo;
