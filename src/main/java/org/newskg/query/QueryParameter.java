package org.newskg.query;

/** One parameter a canned query declares: its variable name, type, whether it is required, and what it means. */
public record QueryParameter(String name, ParameterType type, boolean required, String description) {}
