import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type AxeOptions = Parameters<AxeBuilder['options']>[0];

export const password = 'a long e2e passphrase 42';
const artifacts = process.env.VITRIN_E2E_ARTIFACTS ?? '../.tmp/e2e';

// A 2 × 2 PNG, so image tests need no files on disk.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEElEQVQImWM4kWIERAwQCgAorgV5rgAqfAAAAABJRU5ErkJggg==',
  'base64',
);
export const image = (name: string) => ({ name, mimeType: 'image/png', buffer: png });

export const unique = (prefix: string) => `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function signUp(page: Page, username: string) {
  await page.goto('/signup');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Account menu' })).toBeVisible();
}

export async function signIn(page: Page, login: string, pw = password) {
  await page.goto('/signin');
  await page.getByLabel('Username or email').fill(login);
  await page.getByLabel('Password').fill(pw);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByRole('button', { name: 'Account menu' })).toBeVisible();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${artifacts}/screenshots/${name}.png`, fullPage: true });
}

/**
 * axe-core scan: no serious or critical violations. Colour contrast is checked on single characters
 * too (axe leaves them out by default as "too short to tell"), so the initial-letter logo tiles,
 * avatar initials and ranks are held to it.
 */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // axe.run accepts per-check options; its RunOptions type does not list them.
    .options({ checks: { 'color-contrast': { options: { ignoreLength: true } } } } as AxeOptions)
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** A published demo product's slug, from the API. */
export async function someProductSlug(page: Page) {
  const res = await page.request.get('/api/v1/products?sort=trending&limit=1');
  const body = (await res.json()) as { items: { slug: string }[] };
  return body.items[0].slug;
}
