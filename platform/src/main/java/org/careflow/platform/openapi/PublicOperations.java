package org.careflow.platform.openapi;

import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Whether an anonymous caller may call an operation, asked of the service's own security
 * chain rather than a second list that could drift from it.
 */
final class PublicOperations {

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}]+}");

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("openapi", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

	PublicOperations(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		this.privileges = privileges;
	}

	/**
	 * @param pathTemplate a document's path, such as {@code /links/{token}}
	 * @param method the HTTP method
	 * @return whether the chain lets a caller without a token through
	 */
	boolean isPublic(String pathTemplate, String method) {
		WebInvocationPrivilegeEvaluator evaluator = this.privileges.getIfAvailable();
		if (evaluator == null) {
			return false;
		}
		// any value stands for a variable: public paths are matched by pattern, never by
		// value
		String uri = TEMPLATE_VARIABLE.matcher(pathTemplate).replaceAll("x");
		return evaluator.isAllowed("", uri, method, ANONYMOUS);
	}

}
