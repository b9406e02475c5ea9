package org.careflow.doctor.staff;

import java.util.List;

import org.careflow.doctor.departments.MemberGroup;
import org.careflow.doctor.departments.OtherMembers;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The department's active nurses and pharmacists (doctors are counted by the department
 * itself): asked before it is removed, before patient-service is.
 */
@Component
@Order(1)
class StaffOfDepartment implements OtherMembers {

	private final StaffStore store;

	StaffOfDepartment(StaffStore store) {
		this.store = store;
	}

	@Override
	public List<MemberGroup> of(String departmentId) {
		return this.store.activeIn(departmentId).map(List::of).orElse(List.of());
	}

}
