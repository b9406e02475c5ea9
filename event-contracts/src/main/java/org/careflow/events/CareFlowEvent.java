package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event published by one CareFlow service for others. The JSON property {@code type}
 * carries the stable event name (never a Java class name); see {@code EVENTS.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = PatientRegistered.class, name = PatientRegistered.TYPE),
		@JsonSubTypes.Type(value = DoctorRegistered.class, name = DoctorRegistered.TYPE),
		@JsonSubTypes.Type(value = AppointmentBooked.class, name = AppointmentBooked.TYPE),
		@JsonSubTypes.Type(value = AppointmentCancelled.class, name = AppointmentCancelled.TYPE),
		@JsonSubTypes.Type(value = VisitUpdated.class, name = VisitUpdated.TYPE),
		@JsonSubTypes.Type(value = AppointmentCheckedIn.class, name = AppointmentCheckedIn.TYPE),
		@JsonSubTypes.Type(value = AppointmentFulfilled.class, name = AppointmentFulfilled.TYPE),
		@JsonSubTypes.Type(value = AppointmentNoShow.class, name = AppointmentNoShow.TYPE),
		@JsonSubTypes.Type(value = AppointmentRescheduled.class, name = AppointmentRescheduled.TYPE),
		@JsonSubTypes.Type(value = ScheduleBookingsWithdrawn.class, name = ScheduleBookingsWithdrawn.TYPE),
		@JsonSubTypes.Type(value = ScheduleSlotsOpened.class, name = ScheduleSlotsOpened.TYPE),
		@JsonSubTypes.Type(value = WaitlistOffered.class, name = WaitlistOffered.TYPE),
		@JsonSubTypes.Type(value = AppointmentEnteredInError.class, name = AppointmentEnteredInError.TYPE),
		@JsonSubTypes.Type(value = PatientNotificationPreferencesChanged.class,
				name = PatientNotificationPreferencesChanged.TYPE),
		@JsonSubTypes.Type(value = PrescriptionCreated.class, name = PrescriptionCreated.TYPE),
		@JsonSubTypes.Type(value = PrescriptionFilled.class, name = PrescriptionFilled.TYPE),
		@JsonSubTypes.Type(value = PrescriptionRevoked.class, name = PrescriptionRevoked.TYPE),
		@JsonSubTypes.Type(value = ChartEntryCreated.class, name = ChartEntryCreated.TYPE),
		@JsonSubTypes.Type(value = DepartmentSaved.class, name = DepartmentSaved.TYPE),
		@JsonSubTypes.Type(value = DepartmentRemoved.class, name = DepartmentRemoved.TYPE),
		@JsonSubTypes.Type(value = DoctorUpdated.class, name = DoctorUpdated.TYPE),
		@JsonSubTypes.Type(value = PatientAdmitted.class, name = PatientAdmitted.TYPE),
		@JsonSubTypes.Type(value = PatientDischarged.class, name = PatientDischarged.TYPE),
		@JsonSubTypes.Type(value = PatientDeactivated.class, name = PatientDeactivated.TYPE),
		@JsonSubTypes.Type(value = PatientUpdated.class, name = PatientUpdated.TYPE),
		@JsonSubTypes.Type(value = PatientAnonymised.class, name = PatientAnonymised.TYPE) })
public sealed interface CareFlowEvent permits PatientRegistered, DoctorRegistered, AppointmentBooked,
		AppointmentCancelled, VisitUpdated, AppointmentCheckedIn, AppointmentFulfilled, AppointmentNoShow,
		AppointmentRescheduled, ScheduleBookingsWithdrawn, ScheduleSlotsOpened, WaitlistOffered,
		AppointmentEnteredInError, PatientNotificationPreferencesChanged, PrescriptionCreated, PrescriptionFilled,
		PrescriptionRevoked, ChartEntryCreated, DepartmentSaved, DepartmentRemoved, DoctorUpdated, PatientAdmitted,
		PatientDischarged, PatientDeactivated, PatientUpdated, PatientAnonymised {

	/** Unique per event; consumers deduplicate on it. */
	UUID eventId();

	/**
	 * Id of the aggregate the event is about; also the Kafka key, so its events stay in
	 * order.
	 */
	String aggregateId();

	Instant occurredAt();

	int schemaVersion();

	/** The stable event name, as written in the {@code type} property. */
	default String type() {
		return getClass().getAnnotation(EventType.class).value();
	}

}
