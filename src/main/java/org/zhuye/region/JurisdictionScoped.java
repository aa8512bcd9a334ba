package org.zhuye.region;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository that reads data about people or accounts. An architecture test requires
 * every public read method of such a class (find…, list…, search…, count…, get…, load…, stream…)
 * to take a {@link Jurisdiction}, unless it says why not with {@link OutsideJurisdiction}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JurisdictionScoped {
}
