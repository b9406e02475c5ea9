package org.careflow.gateway;

import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The actuator's own port ({@code management.server.port}) is for operators and
 * monitoring, kept private by the network: its endpoints need no token and are not rate
 * limited.
 * <p>
 * Only the actuator's paths get that treatment. The gateway's filters and routes also
 * reach the management server (it is a child of the gateway's context), and Spring Cloud
 * Gateway declines to route there only when it knows the port's number (not when it is 0,
 * a free port): any other path asked on the management port is treated as on the API
 * port. Should the management port be set equal to the API port, no request counts as one
 * to the management server and every actuator path needs a token.
 */
final class ManagementServer {

	private static final PathPattern ACTUATOR = PathPatternParser.defaultInstance.parse("/actuator/**");

	static final ServerWebExchangeMatcher ACTUATOR_REQUESTS = (exchange) -> isActuatorRequest(exchange)
			? MatchResult.match() : MatchResult.notMatch();

	private ManagementServer() {
	}

	/** An actuator endpoint asked for on the management port. */
	static boolean isActuatorRequest(ServerWebExchange exchange) {
		return WebServerApplicationContext.hasServerNamespace(exchange.getApplicationContext(),
				WebServerNamespace.MANAGEMENT.getValue())
				&& ACTUATOR.matches(exchange.getRequest().getPath().pathWithinApplication());
	}

}
