package org.careflow.notification.webhooks;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/webhooks}: the clinic's subscriptions, for admins only. */
@RestController
@RequestMapping("/api/webhooks")
@PreAuthorize("hasRole('admin')")
@Validated
class WebhookController {

	private static final int MAX_ID_LENGTH = 64;

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping
	ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody WebhookRequest request) {
		SubscriptionView made = this.webhooks.subscribe(request.url(), request.events(), request.secret());
		return ResponseEntity.created(URI.create("/api/webhooks/" + made.id())).body(made);
	}

	@GetMapping
	ResponseEntity<List<SubscriptionView>> list(@Valid PageParams paging) {
		return Pages.of(this.webhooks.list(paging.offset(), paging.fetchSize()), paging);
	}

	@GetMapping("/{id}")
	SubscriptionView get(@PathVariable @Size(max = MAX_ID_LENGTH) String id) {
		return this.webhooks.get(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> unsubscribe(@PathVariable @Size(max = MAX_ID_LENGTH) String id) {
		this.webhooks.unsubscribe(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/enable")
	SubscriptionView enable(@PathVariable @Size(max = MAX_ID_LENGTH) String id) {
		return this.webhooks.enable(id);
	}

	@GetMapping("/{id}/deliveries")
	ResponseEntity<List<DeliveryAttempt>> deliveries(@PathVariable @Size(max = MAX_ID_LENGTH) String id,
			@Valid PageParams paging) {
		return Pages.of(this.webhooks.deliveries(id, paging.offset(), paging.fetchSize()), paging);
	}

}
