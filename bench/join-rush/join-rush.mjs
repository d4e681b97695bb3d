// 40 children join one session within one minute while the tutor's board is open, each in their own headless
// Chromium context, against the packaged production build. Measures, per child, the time from pressing "join"
// to seeing "joined" in the page, the server's part of it (the UIDL request's time to first byte, from the
// browser's Resource Timing), and how long the tutor's board takes to show every child (push).
// Usage: node join-rush.mjs <base-url> <session-id>
import { chromium } from 'playwright-core';

const [base, sessionId] = process.argv.slice(2);
const CHILDREN = 40, WINDOW_MS = 60_000;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-dev-shm-usage'] });

async function signIn(user, path) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', 'manabiba-demo');
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForURL(url => !url.pathname.startsWith('/login'), { timeout: 60_000 });
  if (path) await page.goto(base + path);
  return page;
}

const tutor = await signIn('tutor', '/board/' + sessionId);
await tutor.waitForSelector('vaadin-grid');
const children = [];
for (let i = 1; i <= CHILDREN; i++) {
  const page = await signIn('rush' + i, '/learner');
  await page.waitForSelector('.join-button');
  children.push(page);
}
console.log(`signed in: tutor + ${children.length} children; ready signal`);
process.stdout.write('READY\n');
await new Promise(resolve => process.stdin.once('data', resolve)); // the runner takes the heap figure first

const started = Date.now();
const errors = [];
const times = await Promise.all(children.map(async (page, i) => {
  await new Promise(r => setTimeout(r, Math.random() * WINDOW_MS));
  const t0 = performance.now();
  try {
    await page.evaluate(() => performance.clearResourceTimings());
    await page.click('.join-button');
    await page.waitForSelector('.today-joined', { timeout: 15_000 });
    const page_ms = performance.now() - t0;
    const server_ms = await page.evaluate(() => Math.max(...performance.getEntriesByType('resource')
        .filter(e => e.name.includes('v-r=uidl')).map(e => e.responseStart - e.requestStart)));
    return { page_ms, server_ms };
  } catch (e) {
    errors.push(`child ${i + 1}: ${e.message.split('\n')[0]}`);
    return null;
  }
}));
const lastClickToBoard = Date.now();
await tutor.waitForFunction(n => document.body.innerText.split('参加中').length - 1 >= n, children.length - errors.length,
  { timeout: 30_000 }).catch(e => errors.push('board: ' + e.message.split('\n')[0]));
const boardLag = Date.now() - lastClickToBoard;

const ok = times.filter(t => t !== null);
const stats = values => {
  const v = [...values].sort((a, b) => a - b);
  const at = p => v[Math.min(v.length - 1, Math.ceil(v.length * p) - 1)].toFixed(1);
  return { median: at(0.5), p95: at(0.95), max: v.at(-1).toFixed(1) };
};
console.log(JSON.stringify({ children: CHILDREN, joined: ok.length, errors, windowSeconds: (Date.now() - started) / 1000,
  serverRoundTripMs: stats(ok.map(t => t.server_ms)), clickToJoinedInPageMs: stats(ok.map(t => t.page_ms)),
  boardShowsAllAfterLastJoinMs: boardLag }, null, 2));
process.stdout.write('DONE\n');
// the runner takes a last heap figure with every session still open, then says bye (or 60 s pass)
await Promise.race([new Promise(resolve => process.stdin.once('data', resolve)), new Promise(r => setTimeout(r, 60_000))]);
await browser.close();
process.exit(0);
