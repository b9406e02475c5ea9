package org.careflow.gateway;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies above {@code careflow.gateway.max-request-body} with a 413
 * problem ({@link ProblemExceptionHandler} writes it), before they reach a service.
 * <p>
 * A declared Content-Length is judged at once, without reading the body (HTTP/1.1 frames
 * the body by it, so it cannot be longer). A body of unknown length (chunked) is counted
 * as it arrives: the gateway reads each routed body whole before forwarding it (the
 * circuit breakers' fallbacks need it cached), so an oversized one fails there, never
 * reaches a service, and never takes more than the limit in memory. Spring Cloud
 * Gateway's RequestSize filter only looks at Content-Length and answers without a body.
 */
@Component
class RequestBodyLimitFilter implements WebFilter, Ordered {

	/** After the per-address rate limits, before Spring Security (-100). */
	static final int ORDER = ClientAddressRateLimitFilter.ORDER + 50;

	private final long maxBytes;

	private final String detail;

	RequestBodyLimitFilter(GatewayProperties properties) {
		this.maxBytes = properties.maxRequestBody().toBytes();
		this.detail = "The request body is larger than the " + this.maxBytes + " bytes the API accepts.";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new CountedBody(exchange.getRequest())).build());
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, this.detail);
	}

	private final class CountedBody extends ServerHttpRequestDecorator {

		CountedBody(ServerHttpRequest request) {
			super(request);
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong received = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (received.addAndGet(buffer.readableByteCount()) > RequestBodyLimitFilter.this.maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(tooLarge());
					}
					else {
						sink.next(buffer);
					}
				});
			});
		}

	}

}
