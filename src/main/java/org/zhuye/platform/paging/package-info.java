/** Paging of long lists: one request record, one page record, and the pager fragment (templates/paging.html) they feed. */
@org.springframework.modulith.NamedInterface("paging")
package org.zhuye.platform.paging;
