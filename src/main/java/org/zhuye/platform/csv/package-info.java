/** Reading uploaded tabular files, shared by every module that imports data. */
@org.springframework.modulith.NamedInterface("csv")
package org.zhuye.platform.csv;
