package org.careflow.patient.verification;

import java.util.function.Supplier;

import org.careflow.platform.links.LinkPage;
import org.careflow.platform.links.LinkPages;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /links/email/{token}} shows the welcome email's link page; {@code POST} (its
 * button) confirms the address. No sign-in: the signed token, which reached the address,
 * is the permission. Answered as HTML pages, never as problem JSON: a person reads them.
 */
@RestController
public class EmailVerificationController {

	/**
	 * Public (any method): the security configuration lets it through without a token.
	 */
	public static final String PATH = "/links/email/*";

	private final EmailVerification verification;

	EmailVerificationController(EmailVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/links/email/{token}")
	ResponseEntity<String> show(@PathVariable String token) {
		return answer(() -> this.verification.show(token));
	}

	/** The form posts {@code choice=} (empty); nothing is read from the body. */
	@PostMapping("/links/email/{token}")
	ResponseEntity<String> confirm(@PathVariable String token) {
		return answer(() -> this.verification.confirm(token));
	}

	private static ResponseEntity<String> answer(Supplier<LinkPage> page) {
		try {
			return LinkPages.respond(page.get());
		}
		catch (DataAccessException ex) {
			return LinkPages.respond(LinkPage.unavailable(EmailVerification.WHAT));
		}
	}

}
