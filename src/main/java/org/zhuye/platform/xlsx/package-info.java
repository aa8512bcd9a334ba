/** Reading and writing XLSX workbooks as streams of text rows (fastexcel), shared by every module that imports or exports. */
@org.springframework.modulith.NamedInterface("xlsx")
package org.zhuye.platform.xlsx;
