import { expect, test } from '@playwright/test';
import { expectAccessible, password, screenshot, signUp, someProductSlug, unique } from './helpers';

test('every public route renders on a fresh load and after reload', async ({ page }) => {
  const slug = await someProductSlug(page);
  const routes: [string, RegExp | string][] = [
    ['/', 'Where makers launch and the community discovers.'],
    ['/?sort=top&period=month', 'Where makers launch and the community discovers.'],
    [`/p/${slug}`, /.+/],
    ['/c/developer-tools', 'Developer Tools'],
    ['/t/privacy', 'Tagged #privacy'],
    ['/leaderboard?period=week', 'Leaderboard'],
    ['/u/demo_maker', /.+/],
    ['/u/demo_maker/upvotes', /.+/],
    ['/u/demo_maker/followers', /.+/],
    ['/u/demo_maker/following', /.+/],
    ['/u/demo_maker/activity', /.+/],
    ['/moderation-log', 'Moderation log'],
    ['/search?q=privacy', /Search results for/],
    ['/signin', 'Sign in to Vitrin'],
    ['/signup', 'Join Vitrin'],
    ['/forgot-password', 'Reset your password'],
    ['/reset-password', 'Choose a new password'],
    ['/confirm-email', 'Confirm your email'],
    ['/no/such/page', 'Page not found'],
  ];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [path, heading] of routes) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} after reload`).toHaveText(heading);
  }
  expect(errors).toEqual([]);
});

test('signed-in routes survive reload', async ({ page }) => {
  const name = unique('reload');
  await signUp(page, name);
  for (const [path, heading] of [
    ['/submit', 'Launch a product'], ['/me/products', 'My products'], ['/settings/profile', 'Edit profile'],
    ['/notifications', 'Notifications'], [`/u/${name}`, name],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} after reload`).toHaveText(heading);
  }
  // Following a category is optimistic and sticks.
  await page.goto('/c/ai-tools');
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unfollow' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unfollow' })).toHaveAttribute('aria-pressed', 'true');
  // The leaderboard pages back through earlier periods with the date in the URL.
  await page.goto('/leaderboard?period=week');
  await page.getByRole('button', { name: /Previous/ }).click();
  await expect(page).toHaveURL(/period=week&date=\d{4}-\d{2}-\d{2}/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leaderboard');
  // Signed-out visitors are sent to sign in, and come back after.
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/me/products');
  await expect(page).toHaveURL(/\/signin\?next=%2Fme%2Fproducts/);
});

test('profile edits are saved and field errors come back from the API', async ({ page }) => {
  const name = unique('editor');
  await signUp(page, name);
  await page.goto('/settings/profile');
  await page.getByLabel('Display name').fill('Ada Editor');
  await page.getByLabel('Bio').fill('I build <b>things</b>.');
  await page.getByLabel('Website').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Website').fill('https://ada.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await page.goto(`/u/${name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Editor');
  // User text is text: the bio's markup is shown, not rendered.
  await expect(page.getByText('I build <b>things</b>.')).toBeVisible();

  // The API's field error for a wrong current password lands next to that field.
  await page.goto('/settings/profile');
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill('another long passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('The current password is incorrect.');
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed. Other sessions are signed out.')).toBeVisible();
});

test('dark mode is a manual switch remembered across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('article').first()).toBeVisible();
  await screenshot(page, 'home-dark');
  await expectAccessible(page, 'home (dark)');
  const slug = await someProductSlug(page);
  await page.goto(`/p/${slug}`);
  await expect(page.getByRole('heading', { name: 'Discussion' })).toBeVisible();
  await screenshot(page, 'product-dark');
  await expectAccessible(page, 'product (dark)');
});

test('Persian switches the layout to right-to-left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'فارسی' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.getByRole('link', { name: 'برترین‌ها' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'home-fa-rtl');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('pages fit without sideways scrolling', async ({ page }) => {
    const slug = await someProductSlug(page);
    for (const path of ['/', `/p/${slug}`, '/leaderboard', '/u/demo_maker', '/signup']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await page.goto('/');
    await screenshot(page, 'home-360');
    await page.goto(`/p/${slug}`);
    await screenshot(page, 'product-360');
  });
});

test('main pages have no serious or critical accessibility violations', async ({ page }) => {
  const slug = await someProductSlug(page);
  const pages: [string, string][] = [
    ['home', '/'], ['product', `/p/${slug}`], ['category', '/c/ai-tools'], ['tag', '/t/privacy'], ['leaderboard', '/leaderboard'],
    ['profile', '/u/demo_maker'], ['sign-in', '/signin'], ['sign-up', '/signup'], ['moderation-log', '/moderation-log'], ['not-found', '/nope'],
  ];
  for (const [name, path] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    await expectAccessible(page, name);
  }
  await signUp(page, unique('axe'));
  for (const [name, path] of [['submit', '/submit'], ['edit-profile', '/settings/profile'], ['notifications', '/notifications'], ['my-products', '/me/products']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    await expectAccessible(page, name);
  }
});

test('keyboard: skip link, then the header, reach the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  const slug = await someProductSlug(page);
  await page.goto(`/p/${slug}`);
  const upvote = page.getByRole('button', { name: /^Upvote/ }).first();
  await upvote.focus();
  await page.keyboard.press('Enter');
  // Anonymous: the upvote asks to sign in first.
  await expect(page).toHaveURL(/\/signin\?next=/);
});
