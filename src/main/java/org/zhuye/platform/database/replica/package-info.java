/** Read-only transactions routed to a streaming replica of an external primary ({@code zhuye.datasource.replica.url}). */
package org.zhuye.platform.database.replica;
