// Accessibility check with axe-core on the page as it stands. axe's source is evaluated through
// the DevTools protocol (page.evaluate), which the page's CSP does not govern — no inline
// <script> is added, so the strict CSP stays on for the page under test and logs nothing.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page; prints every violation (and appends it to `report`, kept beside the
 * screenshots), returns the serious and critical ones.
 */
export async function accessibilityProblems(page, name, report) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join('; ')}`),
    }));
  }, TAGS);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact));
  const lines = [
    `axe ${name}: ${violations.length} violation(s), ${blocking.length} serious or critical`,
    ...violations.map((v) => `  ${v.impact} ${v.id} (${v.help})\n    ${v.nodes.join('\n    ')}`),
  ];
  console.log(lines.join('\n'));
  if (report) appendFileSync(report, `${lines.join('\n')}\n`);
  return blocking;
}
