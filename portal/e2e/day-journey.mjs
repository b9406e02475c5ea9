// The doctor's day in a real browser, live: a doctor signs in (one browser context) and opens
// the day view; a patient signs in (a second context, a separate session) and books a time
// with that doctor today; the booking appears on the doctor's flow board by itself — the
// doctor's page is never reloaded (a marker set in it before the booking is still there
// after) — the doctor checks the patient in and records the vital signs. axe-core checks the
// day view and the vitals form (WCAG 2.0/2.1/2.2 A and AA; serious or critical fails).
// Run by system-tests' PortalInBrowserIT against the whole suite, with a doctor whose hours
// begin within minutes (check-in opens 60 min before the start); by hand against ./run.sh:
//   PORTAL_URL=http://localhost:8080 PORTAL_USER=<patient> PORTAL_PASSWORD=<pw> \
//   PORTAL_DOCTOR_USER=<doctor's email> PORTAL_DOCTOR_PASSWORD=<pw> PORTAL_DOCTOR_ID=<id> node e2e/day-journey.mjs
// Exits 0 when every step passed, axe found nothing serious and no page logged an error.
import { mkdirSync, rmSync } from 'node:fs';
import { env, launchChromium } from './browser.mjs';
import { accessibilityProblems } from './axe.mjs';

const base = env('PORTAL_URL');
const doctorId = env('PORTAL_DOCTOR_ID');
const screenshots = env('PORTAL_SCREENSHOTS', 'target/portal-screenshots');
mkdirSync(screenshots, { recursive: true });
// a report of its own: the two journeys run in either order
const axeReport = `${screenshots}/axe-report-day.txt`;
rmSync(axeReport, { force: true });

const browser = await launchChromium();
const errors = [];
const inaccessible = [];
let failed = false;
const step = (text) => console.log(`${new Date().toISOString().slice(11, 19)} ${text}`);

/** A browser context of its own (its own cookies, so its own Keycloak session), signed in on Keycloak's page. */
async function signedIn(who, user, password, viewport) {
  // the suite's times are UTC; the day view's first date is today in the browser's zone
  const context = await browser.newContext({ viewport, timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (message) => message.type() === 'error' && errors.push(`${who} console: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`${who} page error: ${error.message}`));
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

let doctor;
try {
  doctor = await signedIn('doctor', env('PORTAL_DOCTOR_USER'), env('PORTAL_DOCTOR_PASSWORD'), { width: 1280, height: 900 });
  const shot = (name) => doctor.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
  const axe = async (name) => inaccessible.push(...(await accessibilityProblems(doctor, name, axeReport)).map((v) => `${name}: ${v.impact} ${v.id}`));
  await doctor.getByRole('heading', { name: 'My day' }).waitFor();
  // the board must follow the stream before the booking: a stream opened later starts after it
  await doctor.getByRole('status').filter({ hasText: /^Live/ }).waitFor();
  await doctor.getByRole('list', { name: 'Booked' }).or(doctor.getByRole('heading', { name: /^Booked/ })).first().waitFor();
  await doctor.evaluate(() => { window.careflowNotReloaded = true; });
  step('the doctor signed in, the day view live');
  await shot('10-day-empty');

  const patient = await signedIn('patient', env('PORTAL_USER'), env('PORTAL_PASSWORD'), { width: 390, height: 844 });
  await patient.goto(`${base}/#/doctors/${doctorId}`);
  // a time at least two minutes ahead, so it cannot begin while the patient confirms it
  const slots = patient.locator('section.day button');
  await slots.first().waitFor();
  const starts = await slots.locator('time').evaluateAll((times) => times.map((t) => Date.parse(t.dateTime)));
  const soonest = starts.findIndex((start) => start > Date.now() + 120_000);
  if (soonest < 0) throw new Error('no free time today at least two minutes ahead');
  await slots.nth(soonest).click();
  await patient.getByRole('button', { name: 'Confirm booking' }).click();
  await patient.getByText('You will receive a confirmation email.').waitFor();
  step('the patient booked today');

  const booked = doctor.getByRole('list', { name: 'Booked' }).locator('li');
  await booked.first().waitFor({ timeout: 20_000 });
  if (!(await doctor.evaluate(() => window.careflowNotReloaded === true))) throw new Error('the day view was reloaded');
  step('the booking appeared on the doctor\'s board without a reload');
  await shot('11-day-booked-live');
  await axe('day view');

  await booked.first().getByRole('button', { name: /^Check in / }).click();
  await doctor.getByText(/^Checked in /).waitFor();
  const arrived = doctor.getByRole('list', { name: 'Arrived' }).locator('li');
  await arrived.first().waitFor();
  step('checked in');

  await arrived.first().getByRole('button', { name: /^Record vitals / }).click();
  await doctor.getByLabel(/^Systolic pressure/).fill('300');
  await doctor.getByRole('button', { name: 'Save vitals' }).click();
  await doctor.getByText('must be at most 260 mmHg').waitFor();
  await axe('vitals form');
  await doctor.getByLabel(/^Systolic pressure/).fill('122');
  await doctor.getByLabel(/^Diastolic pressure/).fill('78');
  await doctor.getByLabel(/^Pulse/).fill('71');
  await doctor.getByLabel(/^Oxygen saturation/).fill('98');
  await doctor.getByLabel('Notes for doctors (optional)').fill('Mild cough, lungs clear.');
  await shot('12-vitals-form');
  await doctor.getByRole('button', { name: 'Save vitals' }).click();
  await doctor.getByText(/^Recorded the vitals of /).waitFor();
  step('recorded the vital signs');
  await shot('13-day-checked-in');
} catch (error) {
  failed = true;
  console.log(`FAILED at ${doctor?.url()}: ${error.message.split('\n')[0]}`);
  await doctor?.screenshot({ path: `${screenshots}/day-failure.png`, fullPage: true }).catch(() => {});
}
await browser.close();
for (const error of errors) console.log(error);
for (const problem of inaccessible) console.log(`inaccessible: ${problem}`);
if (!failed && inaccessible.length === 0) step('accessibility: no serious or critical axe violation');
process.exit(failed || errors.length > 0 || inaccessible.length > 0 ? 1 : 0);
