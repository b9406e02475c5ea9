// What both journeys share: their settings from the environment, and Debian's Chromium
// launched headless without the background calls it would otherwise make to Google's hosts.
import { chromium } from 'playwright-core';

/** An environment variable, or the fallback; a missing one without fallback stops the journey. */
export const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

export const launchChromium = () => chromium.launch({
  executablePath: env('CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
