/** API error bodies and the answers to requests Zhuye cannot take (bad parameters, database down). */
@org.springframework.modulith.NamedInterface("web")
package org.zhuye.platform.web;
