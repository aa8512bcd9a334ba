/** The user guide (docs/用户手册.md) served as a page. */
package org.zhuye.platform.help;
