package org.careflow.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

/**
 * A PNG of the wrk workloads for those who would rather look than read: requests per
 * second and p99 latency per workload as horizontal bars, the other workloads' headline
 * figures underneath. Drawn with java.awt, headless.
 */
final class Chart {

	private static final int WIDTH = 1200;

	private static final int ROW = 30;

	private static final int LABEL = 230;

	private static final int PANEL = (WIDTH - LABEL - 60) / 2;

	private static final Color THROUGHPUT = new Color(0x2E7D32);

	private static final Color LATENCY = new Color(0xC62828);

	private Chart() {
	}

	static void draw(Results results, RunInfo info, Path file) {
		System.setProperty("java.awt.headless", "true");
		List<LoadResult> loads = results.loads();
		List<String> notes = notes(results);
		int top = 90;
		int height = top + Math.max(1, loads.size()) * ROW + 40 + notes.size() * 20 + 20;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
			g.drawString("CareFlow benchmark", 20, 30);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
			g.drawString(
					String.format(Locale.ROOT, "%s, commit %s%s, %d CPUs; wrk -t%d, warm-up %s, %s each",
							info.date().truncatedTo(ChronoUnit.SECONDS), info.commit(),
							info.localChanges() ? " (local changes)" : "", info.cpus(), WrkRun.THREADS,
							Durations.format(info.options().warmup()), Durations.format(info.options().duration())),
					20, 52);
			int left = LABEL + 20;
			if (!loads.isEmpty()) {
				bars(g, loads, "requests / s", (load) -> load.report().requestsPerSecond(), THROUGHPUT, left, top);
				bars(g, loads, "p99 latency, ms", (load) -> load.report().p99Micros() / 1000.0, LATENCY,
						left + PANEL + 40, top);
			}
			g.setColor(Color.BLACK);
			for (int i = 0; i < loads.size(); i++) {
				g.drawString(loads.get(i).name(), 20, top + i * ROW + ROW / 2 + 5);
			}
			int y = top + loads.size() * ROW + 40;
			for (String note : notes) {
				g.drawString(note, 20, y);
				y += 20;
			}
		}
		finally {
			g.dispose();
		}
		try {
			ImageIO.write(image, "png", file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void bars(Graphics2D g, List<LoadResult> loads, String title, ToDoubleFunction<LoadResult> value,
			Color color, int left, int top) {
		double max = loads.stream().mapToDouble(value).max().orElse(1);
		g.setColor(Color.BLACK);
		g.drawString(title, left, top - 10);
		for (int i = 0; i < loads.size(); i++) {
			double figure = value.applyAsDouble(loads.get(i));
			int length = (max > 0) ? (int) Math.round(figure / max * (PANEL - 70)) : 0;
			int y = top + i * ROW + 4;
			g.setColor(color);
			g.fillRect(left, y, Math.max(length, 1), ROW - 8);
			g.setColor(Color.BLACK);
			g.drawString(String.format(Locale.ROOT, "%.1f", figure), left + length + 6, y + ROW / 2 + 2);
		}
		g.setStroke(new BasicStroke(1));
		g.setColor(Color.GRAY);
		g.drawLine(left, top, left, top + loads.size() * ROW);
	}

	private static List<String> notes(Results results) {
		List<String> notes = new ArrayList<>();
		results.gatewayOverDirect()
			.ifPresent((ratio) -> notes.add(String.format(Locale.ROOT, "R1 gateway / direct: %.2f", ratio)));
		results.endToEnd()
			.ifPresent((e1) -> notes.add(String.format(Locale.ROOT,
					"E1 booking -> email at %.1f/s: p50 %d ms, p99 %d ms, max %d ms, %d missing", e1.rate(),
					e1.emailMillis().p50(), e1.emailMillis().p99(), e1.emailMillis().max(), e1.missing())));
		results.overload()
			.ifPresent((o1) -> notes.add(String.format(Locale.ROOT,
					"O1 256 connections: unexpected answers %d, socket errors %d; reads right after %.2f x normal",
					o1.unexpectedStatuses().values().stream().mapToLong(Long::longValue).sum(),
					o1.load().report().socketErrors(), o1.recoveryRatio())));
		results.start()
			.ifPresent((s1) -> notes
				.add(String.format(Locale.ROOT, "S1 whole suite %.1f s; each service alone %.1f-%.1f s", s1.suite(),
						s1.services().values().stream().mapToDouble(Double::doubleValue).min().orElse(0),
						s1.services().values().stream().mapToDouble(Double::doubleValue).max().orElse(0))));
		results.memory()
			.ifPresent(
					(m1) -> notes.add(String.format(Locale.ROOT, "M1 resident memory: %d MiB idle, %d MiB after load",
							MemoryResult.total(m1.idle()), MemoryResult.total(m1.afterLoad()))));
		results.idle()
			.ifPresent((i1) -> notes
				.add(String.format(Locale.ROOT, "I1 idle CPU: %.2f CPU s/min%s", IdleResult.total(i1.fresh()),
						(i1.stored() > 0) ? String.format(Locale.ROOT, ", %.2f with %d appointments stored",
								IdleResult.total(i1.withStored()), i1.stored()) : "")));
		return notes;
	}

}
