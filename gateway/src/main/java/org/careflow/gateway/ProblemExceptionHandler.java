package org.careflow.gateway;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Errors with a status the gateway raises itself, such as 404 for a path nothing is
 * routed to, answer as problem JSON instead of Boot's error map. Ordered before Boot's
 * handler (-1), which keeps everything else.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (!(ex instanceof ErrorResponse error) || exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		ProblemDetail body = error.getBody();
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		String title = (body.getTitle() != null) ? body.getTitle()
				: (status != null) ? status.getReasonPhrase() : "Error";
		String detail = (error.getStatusCode().value() == 404) ? "Nothing is routed at this path." : body.getDetail();
		return Problems.write(exchange,
				Problems.of(error.getStatusCode(), title, detail, exchange.getRequest().getPath().value()));
	}

}
