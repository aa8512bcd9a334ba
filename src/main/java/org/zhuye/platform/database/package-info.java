/** The embedded PostgreSQL server and data directory. */
@org.springframework.modulith.NamedInterface("database")
package org.zhuye.platform.database;
