/** Encryption at rest and keyed lookup hashes for sensitive personal information (PIPL). */
@org.springframework.modulith.NamedInterface("crypto")
package org.zhuye.platform.crypto;
