/**
 * The clinical chart's shared rules: who may read or change which part of whose chart
 * ({@link org.careflow.patient.chart.ChartPolicy}, plain and unit-tested), the check
 * every chart endpoint makes with it and audits
 * ({@link org.careflow.patient.chart.ChartAccess}, including "breaking the glass"), and
 * the storage every chart resource shares: versions, newest-first pages, entered-in-error
 * instead of deletion ({@link org.careflow.patient.chart.ChartStore}). Each resource
 * (records, allergies, prescriptions, vaccines, procedures) lives in its own package and
 * collection.
 */
package org.careflow.patient.chart;
