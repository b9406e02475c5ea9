package org.careflow.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The stable name of an event type, for code that needs it without an instance. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface EventType {

	String value();

}
