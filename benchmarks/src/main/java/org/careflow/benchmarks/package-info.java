/**
 * The benchmark command ({@code ./bench.sh}): starts the suite as {@code ./run.sh} does,
 * seeds it through the public API, loads it with wrk, and reports what it measured as a
 * table, JSON and a chart. It prints figures and asserts nothing about speed.
 */
package org.careflow.benchmarks;
