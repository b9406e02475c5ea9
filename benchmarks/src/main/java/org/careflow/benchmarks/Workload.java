package org.careflow.benchmarks;

/** The workloads of issue 6, in the order a run measures them. */
enum Workload {

	R1("read one appointment"),

	R2("list a week of free slots"),

	W1("book a free slot"),

	E1("booking to confirmation email"),

	O1("overload: 256 connections booking"),

	S1("start time"),

	M1("resident memory"),

	I1("idle CPU");

	private final String description;

	Workload(String description) {
		this.description = description;
	}

	String description() {
		return this.description;
	}

}
