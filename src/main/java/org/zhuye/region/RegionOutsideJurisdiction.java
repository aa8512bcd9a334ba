package org.zhuye.region;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A region named by a caller (a search filter) that is no region code or lies outside their
 * jurisdiction: 404, as any record elsewhere, rather than an empty answer that reads as "nobody".
 */
public class RegionOutsideJurisdiction extends ResponseStatusException {

    public RegionOutsideJurisdiction(String code) {
        super(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + code);
    }
}
