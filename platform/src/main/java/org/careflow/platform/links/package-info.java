/**
 * Action links in emails (cancel, reschedule, accept a waitlist offer, verify an email
 * address): signed, expiring, bound to what the email showed, and acted on by the service
 * that owns the thing acted on, through the small HTML pages built here
 * ({@link org.careflow.platform.links.LinkPages}). The token is a capability: whoever
 * holds it may act, so it names only ids, times and digests, and is signed with a key no
 * default ever supplies.
 */
package org.careflow.platform.links;
