package org.careflow.notification.live;

import org.careflow.platform.security.Caller;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/events/stream}: the appointment events the caller may see, as
 * Server-Sent Events — a patient's own, a doctor's calendar, the whole clinic's for a
 * nurse or an admin. With {@code Last-Event-ID} (or {@code ?lastEventId=}, for clients
 * that cannot set headers) it first sends what the client missed.
 */
@RestController
class LiveStreamController {

	static final String PATH = "/api/events/stream";

	private final LiveStreams streams;

	LiveStreamController(LiveStreams streams) {
		this.streams = streams;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("hasAnyRole('patient', 'doctor', 'nurse', 'admin')")
	ResponseEntity<SseEmitter> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParameter,
			Authentication authentication) {
		SseEmitter emitter = this.streams.open(Caller.of(authentication),
				(lastEventId != null) ? lastEventId : lastEventIdParameter);
		// no-store: nothing in between keeps a copy; X-Accel-Buffering: proxies of the
		// nginx kind pass each event on at once instead of buffering the response
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Accel-Buffering", "no")
			.body(emitter);
	}

}
