// The patient's booking journey in a real browser (Debian's Chromium driven by playwright-core):
// sign in on Keycloak's own login page, find the doctor, book a free time in two clicks, see it
// among "My appointments", cancel it, reload (still signed in, tokens in memory only), sign out.
// Run by system-tests' PortalInBrowserIT against the whole suite; by hand:
//   PORTAL_URL=http://localhost:8080 PORTAL_USER=patient@careflow.local PORTAL_PASSWORD=careflow-demo \
//   PORTAL_DOCTOR_ID=<id> node e2e/booking-journey.mjs
// Exits 0 when every step passed and the page logged no error (a CSP violation is one).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const base = env('PORTAL_URL');
const doctorId = env('PORTAL_DOCTOR_ID');
const screenshots = env('PORTAL_SCREENSHOTS', 'target/portal-screenshots');
mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: env('CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  // without the background-networking flags Chromium keeps calling Google's hosts
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors = [];
let failed = false;
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
page.setDefaultTimeout(30_000);
page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
const step = (text) => console.log(`${new Date().toISOString().slice(11, 19)} ${text}`);
const shot = (name) => page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });

try {
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(env('PORTAL_USER'));
  await page.locator('#password').fill(env('PORTAL_PASSWORD'));
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { name: 'Find a doctor' }).waitFor();
  step('signed in through Keycloak\'s login page');
  await shot('1-find-doctor');

  await page.goto(`${base}/#/doctors/${doctorId}`);
  await page.locator('section.day button').first().click();
  await shot('2-confirm');
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByText('You will receive a confirmation email.').waitFor();
  step('booked');
  await shot('3-booked');

  await page.locator('nav a[href="#/appointments"]').click();
  await page.getByRole('heading', { name: 'My upcoming appointments' }).waitFor();
  const cancel = page.getByRole('button', { name: /^Cancel the appointment on/ });
  await cancel.waitFor();
  if ((await cancel.count()) !== 1) throw new Error(`expected 1 appointment, saw ${await cancel.count()}`);
  step('listed among my appointments');
  await shot('4-my-appointments');
  await cancel.click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await page.getByText(/^Cancelled your appointment on/).waitFor();
  step('cancelled');
  await shot('5-cancelled');

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
process.exit(failed || errors.length > 0 ? 1 : 0);
