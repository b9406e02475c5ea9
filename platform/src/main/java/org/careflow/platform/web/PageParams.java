package org.careflow.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;

/**
 * Which page of a list a client asks for ({@code ?page=0&size=20}): every list of the API
 * is paged and bounded. Bind it with {@code @Valid PageParams paging}; a page or size out
 * of range is a 400 naming it.
 *
 * @param page zero-based, at most {@value #MAX_PAGE}; absent means the first
 * @param size at most {@value #MAX_SIZE}; absent means {@value #DEFAULT_SIZE}
 */
public record PageParams(@Min(0) @Max(MAX_PAGE) Integer page, @Min(1) @Max(MAX_SIZE) Integer size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Deep pages of a large list cost a long skip: a narrower query is the answer. */
	public static final int MAX_PAGE = 1000;

	public static PageParams first(int size) {
		return new PageParams(0, size);
	}

	public int pageNumber() {
		return (this.page != null) ? this.page : 0;
	}

	public int pageSize() {
		return (this.size != null) ? this.size : DEFAULT_SIZE;
	}

	/** How many items to skip. */
	public long offset() {
		return (long) pageNumber() * pageSize();
	}

	/** Where the page starts, for repository methods that scroll ({@code Window<T>}). */
	public ScrollPosition position() {
		return (offset() == 0) ? ScrollPosition.offset() : ScrollPosition.offset(offset() - 1);
	}

	/** The page's size, for repository methods that scroll. */
	public Limit limit() {
		return Limit.of(pageSize());
	}

	/**
	 * How many items to fetch: one more than the page holds, so {@link Pages} can tell
	 * whether a next page exists without counting.
	 */
	public int fetchSize() {
		return pageSize() + 1;
	}

}
