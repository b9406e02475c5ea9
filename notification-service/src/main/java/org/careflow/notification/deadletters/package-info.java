/**
 * Dead letters are not a dead end: what a dead-letter topic holds is published again to
 * its topic once the cause is fixed.
 */
package org.careflow.notification.deadletters;
