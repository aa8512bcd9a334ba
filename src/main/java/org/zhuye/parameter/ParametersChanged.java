package org.zhuye.parameter;

/**
 * A dated parameter row of a {@link ParameterKind} was added (and perhaps an open row ended) in a transaction;
 * published inside it, so whatever keeps answers worked out from parameters drops them after the commit.
 */
public record ParametersChanged(String kind) {
}
