import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible, image, screenshot, signIn, signUp, unique } from './helpers';

// The main story, through the UI only: a maker launches (with a logo and a gallery image), a member upvotes and comments, the
// maker is notified and replies, the reply is reported and a moderator hides it.
test.describe.configure({ mode: 'serial' });

const maker = unique('maker');
const member = unique('member');
const title = `E2E Lantern ${Date.now().toString(36)}`;
let productPath = '';

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('a maker signs up and launches a product', async ({ browser }) => {
  const page = await newPage(browser);
  await signUp(page, maker);
  await page.getByRole('link', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: 'Launch a product' })).toBeVisible();

  // Client-side rules first: publishing needs a 20-character description.
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Tagline').fill('A calm light for noisy logs');
  await page.getByLabel('Description (Markdown)').fill('Too short');
  await page.getByLabel('Website').fill('https://lantern.example');
  await page.getByLabel('Category').selectOption('developer-tools');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('A description of at least 20 characters is required to publish.')).toBeVisible();

  await page.getByLabel('Description (Markdown)').fill('**Lantern** turns noisy logs into a calm, searchable stream.\n\n- fast\n- private');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.locator('strong', { hasText: 'Lantern' })).toBeVisible();
  await page.getByRole('tab', { name: 'Write' }).click();
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.fill('logging');
  await tags.press('Enter');
  await tags.fill('devops');
  await tags.press('Enter');
  await expect(page.getByText('#logging')).toBeVisible();
  await screenshot(page, 'submit');
  await page.getByRole('button', { name: 'Publish now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // No logo yet: the header shows the title's initial on the category colour, named like the logo.
  await expect(page.getByRole('img', { name: `${title} logo` })).toHaveText('E');
  productPath = new URL(page.url()).pathname;
  expect(productPath).toMatch(/^\/p\/e2e-lantern/);
  // The description is the server's sanitized HTML.
  await expect(page.locator('.prose-vitrin strong', { hasText: 'Lantern' })).toBeVisible();

  // The session survives a reload (access token in memory, renewed from the HttpOnly cookie).
  await page.reload();
  await expect(page.getByRole('button', { name: 'Account menu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit product' })).toBeVisible();
  const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect(storage.local.every((k) => k === 'vitrin.theme' || k === 'vitrin.lang')).toBe(true);
  // Session storage holds only the router's scroll positions: no token anywhere.
  expect(storage.session.every((k) => k === 'react-router-scroll-positions')).toBe(true);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain('eyJ');

  // A logo and a gallery image from the edit page; the product page's gallery shows the image.
  await page.getByRole('link', { name: 'Edit product' }).click();
  await page.getByLabel('Logo', { exact: true }).setInputFiles(image('logo.png'));
  await expect(page.locator('img[src^="/media/logos/"]')).toBeVisible();
  await page.getByLabel('Add an image').setInputFiles(image('stream.png'));
  await page.getByLabel('Alt text').last().fill('The Lantern log stream');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('heading', { name: 'Gallery (1/8)' })).toBeVisible();
  await page.goto(productPath);
  await expect(page.getByRole('img', { name: 'The Lantern log stream' })).toBeVisible();
  // The header shows the uploaded logo.
  const logo = page.getByRole('img', { name: `${title} logo` });
  await expect(logo).toHaveAttribute('src', /^\/media\/logos\/[0-9a-f]{32}-160\.webp$/);
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.context().close();
});

test('a member upvotes and comments; the upvote survives reload', async ({ browser }) => {
  const page = await newPage(browser);
  await signUp(page, member);
  await page.goto(productPath);
  const upvote = page.getByRole('button', { name: 'Upvote 0', exact: true });
  await upvote.click();
  await expect(page.getByRole('button', { name: 'Upvoted 1', exact: true })).toBeVisible();
  await page.getByLabel('Comment', { exact: true }).fill('Great launch! Does it tail **multiple** files?');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByTestId('comment').filter({ hasText: 'Great launch!' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Upvoted 1', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.prose-vitrin strong', { hasText: 'multiple' })).toBeVisible();
  await screenshot(page, 'product');

  // Following the maker (optimistic) puts their launches in the member's "Following" tab.
  await page.getByRole('link', { name: maker }).first().click();
  // The button turns at once; reload only after the server has the follow (a reload aborts the request).
  const followed = page.waitForResponse((r) => r.url().endsWith(`/users/${maker}/follow`) && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unfollow' })).toBeVisible();
  expect((await followed).status()).toBe(204);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unfollow' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/?sort=following');
  await expect(page.getByRole('tab', { name: 'Following' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.context().close();
});

test('the maker sees the notification and replies', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, maker);
  await expect(page.getByTestId('unread-badge')).toBeVisible();
  await page.getByRole('link', { name: /^Notifications/ }).click();
  const notice = page.getByTestId('notification').filter({ hasText: 'commented on' }).first();
  await expect(notice).toContainText(title);
  await screenshot(page, 'notifications');
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`${productPath}#comment-\\d+$`));

  const comment = page.getByTestId('comment').filter({ hasText: 'Great launch!' });
  await comment.getByRole('button', { name: 'Reply' }).click();
  await page.getByLabel(/^Reply to /).fill('Yes: as many as you like. Buy now at spam.example!');
  await page.getByRole('button', { name: 'Reply', exact: true }).last().click();
  await expect(page.getByTestId('comment').filter({ hasText: 'as many as you like' }).last()).toBeVisible();
  await page.context().close();
});

test('the member reports the reply and a moderator hides it', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, member);
  await page.goto(productPath);
  const reply = page.getByTestId('comment').filter({ hasText: 'as many as you like' }).last();
  await reply.getByRole('button', { name: 'Report' }).click();
  await reply.getByRole('button', { name: 'Spam' }).click();
  await expect(reply.getByText('Reported. Thank you.')).toBeVisible();
  await page.context().close();

  const mod = await newPage(browser);
  await signIn(mod, 'e2e_admin', process.env.E2E_ADMIN_PASSWORD);
  await mod.getByRole('button', { name: 'Account menu' }).click();
  await mod.getByRole('menuitem', { name: 'Moderation' }).click();
  const report = mod.getByTestId('report').filter({ hasText: 'as many as you like' });
  await expect(report).toBeVisible();
  await screenshot(mod, 'moderation-queue');
  await expectAccessible(mod, 'moderation queue');
  await report.getByRole('button', { name: 'Hide' }).click();
  await expect(report).toHaveCount(0);

  await mod.goto(productPath);
  await expect(mod.getByTestId('comment').filter({ hasText: 'Great launch!' })).toBeVisible();
  await expect(mod.getByText('as many as you like')).toHaveCount(0);

  // Admins feature a product; it shows in the home page's featured list.
  await mod.getByRole('button', { name: 'Feature on the home page' }).click();
  await expect(mod.getByRole('button', { name: 'Stop featuring' })).toBeVisible();
  await mod.goto('/');
  await expect(mod.getByRole('region', { name: 'Featured' }).getByRole('link', { name: title })).toBeVisible();
  await mod.goto('/moderation-log');
  await expect(mod.getByTestId('log-entry').first()).toContainText('e2e_admin');
  await screenshot(mod, 'moderation-log');
  await mod.context().close();
});

test('search finds the product, ignoring case', async ({ page }) => {
  const api = await page.request.get('/api/v1/search/products?q=Lantern');
  expect(api.status()).toBe(200);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('lantern');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=lantern/);
  await expect(page.getByRole('heading', { name: 'Search results for “lantern”' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText('Search is not available yet.')).toHaveCount(0);
});

test('an admin makes a moderator, who opens a banned account and lifts the ban', async ({ browser }) => {
  const spammer = unique('spammer');
  const helper = unique('helper');
  for (const name of [spammer, helper]) {
    const page = await newPage(browser);
    await signUp(page, name);
    await page.context().close();
  }

  // The admin sees the account's real roles and grants the moderator role.
  const admin = await newPage(browser);
  await signIn(admin, 'e2e_admin', process.env.E2E_ADMIN_PASSWORD);
  await admin.goto(`/u/${helper}`);
  await expect(admin.getByTestId('account-state')).toHaveText('Not banned · Staff roles: none');
  await admin.getByRole('button', { name: 'Grant Moderator' }).click();
  await expect(admin.getByRole('button', { name: 'Revoke Moderator' })).toBeEnabled();
  await admin.reload();
  await expect(admin.getByTestId('account-state')).toHaveText('Not banned · Staff roles: Moderator');

  // The admin bans the spammer: the profile stays open for them, with a badge, and is 404 for everyone else.
  await admin.goto(`/u/${spammer}`);
  await admin.getByLabel('Reason (optional, shown in the public log)').fill('e2e spam');
  await admin.getByRole('button', { name: 'Ban', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1 }).getByText('Banned', { exact: true })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Unban', exact: true })).toBeEnabled();
  expect((await admin.request.get(`/api/v1/users/${spammer}`)).status()).toBe(404);
  await admin.context().close();

  // The new moderator (signed in afresh, so the token carries the role) opens the banned profile.
  const moderator = await newPage(browser);
  await signIn(moderator, helper);
  await moderator.goto(`/u/${spammer}`);
  await expect(moderator.getByRole('heading', { level: 1 }).getByText('Banned', { exact: true })).toBeVisible();
  await expect(moderator.getByTestId('account-state')).toContainText('Banned since');
  await expect(moderator.getByText('This account is banned', { exact: false })).toBeVisible();
  await expect(moderator.getByRole('button', { name: 'Follow', exact: true })).toHaveCount(0);
  // Moderators do not manage roles.
  await expect(moderator.getByRole('button', { name: /^(Grant|Revoke) / })).toHaveCount(0);
  await screenshot(moderator, 'profile-banned-moderator-view');
  await expectAccessible(moderator, 'banned profile (moderator)');

  await moderator.getByRole('button', { name: 'Unban', exact: true }).click();
  await expect(moderator.getByRole('button', { name: 'Ban', exact: true })).toBeEnabled();
  await expect(moderator.getByRole('heading', { level: 1 }).getByText('Banned', { exact: true })).toHaveCount(0);
  await expect(moderator.getByRole('link', { name: 'Activity' })).toBeVisible();
  expect((await moderator.request.get(`/api/v1/users/${spammer}`)).status()).toBe(200);
  await moderator.context().close();
});
