/**
 * Action links in emails (cancel, reschedule, accept a waitlist offer): signed, expiring,
 * bound to what the email showed, and used once by the service that owns the thing acted
 * on. The token is a capability: whoever holds it may act, so it names only ids and times
 * and is signed with a key no default ever supplies.
 */
package org.careflow.platform.links;
