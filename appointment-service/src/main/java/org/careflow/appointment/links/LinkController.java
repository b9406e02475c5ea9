package org.careflow.appointment.links;

import java.util.function.Supplier;

import org.careflow.platform.links.LinkPage;
import org.careflow.platform.links.LinkPages;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /links/{token}} shows what an email's link would do; {@code POST} (its
 * button) does it. No sign-in: the signed token is the permission, for one action on one
 * thing. Answered as the platform's HTML link pages ({@link LinkPages}).
 */
@RestController
class LinkController {

	private final LinkActions actions;

	LinkController(LinkActions actions) {
		this.actions = actions;
	}

	@GetMapping("/links/{token}")
	ResponseEntity<String> show(@PathVariable String token) {
		return answer(() -> this.actions.show(token));
	}

	@PostMapping("/links/{token}")
	ResponseEntity<String> act(@PathVariable String token,
			@RequestParam(name = "choice", required = false) String choice) {
		return answer(() -> this.actions.act(token, choice));
	}

	private static ResponseEntity<String> answer(Supplier<LinkPage> page) {
		LinkPage answered;
		try {
			answered = page.get();
		}
		catch (DataAccessException ex) {
			answered = LinkPage.unavailable("Our appointment records are");
		}
		return LinkPages.respond(answered);
	}

}
