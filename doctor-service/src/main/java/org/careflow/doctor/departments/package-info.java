/**
 * Departments of the clinic (a name, where they are, their rooms and beds) and which
 * department a doctor belongs to. The rules of a department live in {@link Department}
 * and {@link DepartmentContent}, free of Spring; the store, the HTTP API and the mapping
 * between them sit beside them.
 */
package org.careflow.doctor.departments;
