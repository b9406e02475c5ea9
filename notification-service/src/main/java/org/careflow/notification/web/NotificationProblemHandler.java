package org.careflow.notification.web;

import org.careflow.notification.deadletters.DeadLetterReplayException;
import org.careflow.notification.webhooks.SubscriptionNotFoundException;
import org.careflow.notification.webhooks.TooManySubscriptionsException;
import org.careflow.notification.webhooks.WebhookRequestException;
import org.careflow.notification.live.LiveStreamRefusedException;
import org.careflow.platform.web.CareFlowProblemHandler;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem responses, and this API's own. */
@RestControllerAdvice
class NotificationProblemHandler extends CareFlowProblemHandler {

	@ExceptionHandler
	ProblemDetail patientRequired(PatientRequiredException ex) {
		return invalidField("patientId", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unknownTopic(UnknownTopicException ex) {
		return invalidField("topic", ex.getMessage());
	}

	/** Nothing is lost: what was replayed stays replayed, the rest waits for a retry. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> brokerDown(DeadLetterReplayException ex) {
		return unavailable("Broker unavailable", "Kafka could not be reached; the replay can be asked for again.");
	}

	@ExceptionHandler
	ProblemDetail notYours(NotYourLogException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail webhookRefused(WebhookRequestException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooManyWebhooks(TooManySubscriptionsException ex) {
		return problem(HttpStatus.CONFLICT, "Too many webhook subscriptions", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail noSuchWebhook(SubscriptionNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not Found", ex.getMessage());
	}

	/** A live stream not opened now (429 or 503), and when to ask again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> streamRefused(LiveStreamRefusedException ex) {
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
			.body(problem(ex.status(), ex.title(), ex.getMessage()));
	}

}
