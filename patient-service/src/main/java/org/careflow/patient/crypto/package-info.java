/**
 * Personal data at rest: the fields of a patient's profile that identify or describe them
 * (names, birth date, gender, phone, postal address, emergency contacts, email) are
 * sealed with AES-GCM before MongoDB sees them and opened after it answers, and so is
 * what is written in the chart (the fields each {@code ChartArea} names); lookups that
 * need equality use keyed blind indexes (HMAC-SHA256 with a key of their own). Keys come
 * from configuration, never from the code; a rotation reseals profiles and chart entries
 * under the current key in the background while the old keys still open what they sealed.
 */
package org.careflow.patient.crypto;
