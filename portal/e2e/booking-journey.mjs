// The patient's booking journey in a real browser (Debian's Chromium driven by playwright-core):
// sign in on Keycloak's own login page, find the doctor, book a free time in two clicks, see it
// among "My appointments", reschedule it to another time (the new time listed, the old one gone
// from upcoming), cancel it with a reason, reload (still signed in, tokens in memory only), sign out.
// axe-core checks each main page (find a doctor, a week of slots, my appointments, the cancel
// form, the waitlist) against WCAG 2.0/2.1/2.2 A and AA; a serious or critical violation fails
// the journey. Every violation found is listed in <screenshots>/axe-report.txt.
// Run by system-tests' PortalInBrowserIT against the whole suite; by hand:
//   PORTAL_URL=http://localhost:8080 PORTAL_USER=patient@careflow.local PORTAL_PASSWORD=careflow-demo \
//   PORTAL_DOCTOR_ID=<id> node e2e/booking-journey.mjs
// Exits 0 when every step passed, axe found nothing serious and the page logged no error (a CSP
// violation is one).
import { mkdirSync, rmSync } from 'node:fs';
import { env, launchChromium } from './browser.mjs';
import { accessibilityProblems } from './axe.mjs';

const base = env('PORTAL_URL');
const doctorId = env('PORTAL_DOCTOR_ID');
const screenshots = env('PORTAL_SCREENSHOTS', 'target/portal-screenshots');
mkdirSync(screenshots, { recursive: true });
const axeReport = `${screenshots}/axe-report.txt`;
rmSync(axeReport, { force: true });

const browser = await launchChromium();
const errors = [];
const inaccessible = [];
let failed = false;
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
page.setDefaultTimeout(30_000);
page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
const step = (text) => console.log(`${new Date().toISOString().slice(11, 19)} ${text}`);
const shot = (name) => page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
const axe = async (name) => inaccessible.push(...(await accessibilityProblems(page, name, axeReport)).map((v) => `${name}: ${v.impact} ${v.id}`));
const upcoming = page.getByRole('list', { name: 'Upcoming appointments' });
/** The starts listed as upcoming, as epoch milliseconds (the API may write an instant either way). */
const upcomingStarts = () => upcoming.locator('time').evaluateAll((times) => times.map((t) => Date.parse(t.dateTime)));

try {
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(env('PORTAL_USER'));
  await page.locator('#password').fill(env('PORTAL_PASSWORD'));
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { name: 'Find a doctor' }).waitFor();
  await page.locator('ul.doctors li').first().waitFor();
  step('signed in through Keycloak\'s login page');
  await shot('1-find-doctor');
  await axe('find a doctor');

  await page.goto(`${base}/#/doctors/${doctorId}`);
  const firstSlot = page.locator('section.day button').first();
  await firstSlot.waitFor();
  await axe('week of slots');
  await firstSlot.click();
  await shot('2-confirm');
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByText('You will receive a confirmation email.').waitFor();
  // the confirmation box closes with the answer, not a second later when the slots have reloaded
  await page.getByRole('button', { name: 'Confirm booking' }).waitFor({ state: 'detached', timeout: 500 });
  step('booked');
  await shot('3-booked');

  await page.locator('nav a[href="#/appointments"]').click();
  await page.getByRole('heading', { name: 'My appointments' }).waitFor();
  await upcoming.locator('li').first().waitFor();
  const booked = await upcomingStarts();
  if (booked.length !== 1) throw new Error(`expected 1 upcoming appointment, saw ${booked.length}`);
  step('listed among my appointments');
  await shot('4-my-appointments');
  await axe('my appointments');

  await page.getByRole('link', { name: /^Reschedule the appointment on/ }).click();
  await page.getByRole('heading', { name: 'Reschedule' }).waitFor();
  const otherSlot = page.locator('section.day button').first();
  await otherSlot.waitFor();
  const moveTo = Date.parse(await otherSlot.locator('time').getAttribute('datetime'));
  if (moveTo === booked[0]) throw new Error('the booked time is still offered as free');
  await otherSlot.click();
  await shot('5-reschedule-confirm');
  await page.getByRole('button', { name: 'Confirm new time' }).click();
  await page.getByText(/^Moved your appointment with/).waitFor();
  await upcoming.locator('li').first().waitFor();
  const moved = await upcomingStarts();
  if (moved.length !== 1 || moved[0] !== moveTo) {
    throw new Error(`expected the new time ${new Date(moveTo).toISOString()} alone in upcoming, saw ${moved.map((t) => new Date(t).toISOString())}`);
  }
  step('rescheduled: the new time listed, the old one gone from upcoming');
  await shot('6-rescheduled');

  await page.getByRole('button', { name: /^Cancel the appointment on/ }).click();
  await page.getByLabel('Reason (optional)').fill('Feeling better, thank you');
  await shot('7-cancel-form');
  await axe('cancel form');
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await page.getByText(/^Cancelled your appointment on/).waitFor();
  await page.getByText('No upcoming appointments.', { exact: false }).waitFor();
  step('cancelled with a reason');
  await shot('8-cancelled');

  await page.locator('nav a[href="#/waitlist"]').click();
  await page.getByText('You are not waiting for any time.', { exact: false }).waitFor();
  step('the waitlist, empty');
  await shot('9-waitlist');
  await axe('waitlist');

  await page.reload();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  step('still signed in after a reload');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  step('signed out');
} catch (error) {
  failed = true;
  console.log(`FAILED at ${page.url()}: ${error.message.split('\n')[0]}`);
  await shot('failure').catch(() => {});
}
await browser.close();
for (const error of errors) console.log(error);
for (const problem of inaccessible) console.log(`inaccessible: ${problem}`);
if (!failed && inaccessible.length === 0) step('accessibility: no serious or critical axe violation');
process.exit(failed || errors.length > 0 || inaccessible.length > 0 ? 1 : 0);
