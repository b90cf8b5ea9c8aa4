package coop.maillage.store;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the records of this page, ordered by id
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total the number of records that match the filters
 */
public record Page<T>(List<T> items, int page, int size, long total) {}
