package org.careflow.platform.web;

import java.util.List;

import org.springframework.data.domain.Window;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponents;

/**
 * A page of a list as the API answers it: a JSON array of at most {@code size} items and,
 * when more follow, an RFC 8288 {@code Link: </api/…?page=N+1&size=S>; rel="next"}
 * header.
 */
public final class Pages {

	private Pages() {
	}

	/** A window a repository scrolled to ({@link PageParams#position()}). */
	public static <T> ResponseEntity<List<T>> of(Window<T> window, PageParams paging) {
		List<T> items = window.getContent();
		return window.hasNext() ? withNext(items, paging) : ResponseEntity.ok(items);
	}

	/**
	 * @param fetched up to {@link PageParams#fetchSize()} items: the page and possibly
	 * the first item of the next
	 */
	public static <T> ResponseEntity<List<T>> of(List<T> fetched, PageParams paging) {
		if (fetched.size() <= paging.pageSize()) {
			return ResponseEntity.ok(fetched);
		}
		return withNext(fetched.subList(0, paging.pageSize()), paging);
	}

	private static <T> ResponseEntity<List<T>> withNext(List<T> page, PageParams paging) {
		return ResponseEntity.ok().header(HttpHeaders.LINK, nextLink(paging)).body(page);
	}

	/**
	 * {@code <…?page=N+1&size=S>; rel="next"} for the current request. The target is a
	 * relative reference (path and query): behind the gateway the service's own host
	 * would mean nothing to the client, who resolves it against the URL it called.
	 */
	public static String nextLink(PageParams paging) {
		UriComponents next = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", paging.pageNumber() + 1)
			.replaceQueryParam("size", paging.pageSize())
			.build();
		return "<" + next.getPath() + "?" + next.getQuery() + ">; rel=\"next\"";
	}

}
