/** Online backup of the embedded server and its restore ({@code --backup}, {@code --restore}). */
@org.springframework.modulith.NamedInterface("backup")
package org.zhuye.platform.database.backup;
