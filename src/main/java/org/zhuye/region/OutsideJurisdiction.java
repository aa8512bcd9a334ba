package org.zhuye.region;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exception to {@link JurisdictionScoped}, which must state its reason, e.g. looking up the
 * account of someone signing in, before there is any jurisdiction to apply.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OutsideJurisdiction {
    String value();
}
