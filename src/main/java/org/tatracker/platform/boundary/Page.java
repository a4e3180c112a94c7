package org.tatracker.platform.boundary;

import java.util.List;

/** One page of a list that is paged in the database. {@code page} counts from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
