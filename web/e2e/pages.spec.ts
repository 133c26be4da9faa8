import { expect, test } from '@playwright/test';
import { expectAccessible, password, screenshot, signIn, signUp, someProductSlug, unique } from './helpers';

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
    // The server answers 404 where the app shows its not-found page (crawlers see what people see).
    expect((await page.goto(path))?.status(), path).toBe(path === '/no/such/page' ? 404 : 200);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} after reload`).toHaveText(heading);
  }
  expect(errors).toEqual([]);
});

test('the moderation queue and the edit page survive reload for a moderator and the owner', async ({ browser }) => {
  const errors: string[] = [];
  // The moderation queue, as the admin (a moderator too): the queue, not the "only moderators" notice.
  const admin = await (await browser.newContext()).newPage();
  admin.on('pageerror', (e) => errors.push(e.message));
  await signIn(admin, 'e2e_admin', process.env.E2E_ADMIN_PASSWORD);
  expect((await admin.goto('/mod'))?.status()).toBe(200);
  for (const when of ['', ' after reload']) {
    if (when) await admin.reload();
    await expect(admin.getByRole('heading', { level: 1 }), `/mod${when}`).toHaveText('Moderation queue');
    await expect(admin.getByTestId('report').or(admin.getByText('No open reports.')).first(), `/mod${when}`).toBeVisible();
    await expect(admin.getByText('Only moderators can see this page.')).toHaveCount(0);
  }
  await admin.context().close();

  // The edit page of one's own product (a draft, saved from the submit form).
  const owner = await (await browser.newContext()).newPage();
  owner.on('pageerror', (e) => errors.push(e.message));
  await signUp(owner, unique('owner'));
  await owner.goto('/submit');
  const title = `Reload Draft ${Date.now().toString(36)}`;
  await owner.getByLabel('Title').fill(title);
  await owner.getByLabel('Tagline').fill('A draft to edit after a reload');
  await owner.getByLabel('Website').fill('https://draft.example');
  await owner.getByLabel('Category').selectOption('productivity');
  await owner.getByRole('button', { name: 'Save draft' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await owner.getByRole('link', { name: 'Edit product' }).click();
  await expect(owner).toHaveURL(/\/p\/reload-draft-[^/]+\/edit$/);
  for (const when of ['', ' after reload']) {
    if (when) expect((await owner.reload())?.status(), 'edit after reload').toBe(200);
    await expect(owner.getByRole('heading', { level: 1 }), `edit${when}`).toHaveText(`Edit product: ${title}`);
    await expect(owner.getByLabel('Title'), `edit${when}`).toHaveValue(title);
  }
  await owner.context().close();
  expect(errors).toEqual([]);
});

test('signed-in routes survive reload', async ({ page }) => {
  const name = unique('reload');
  await signUp(page, name);
  for (const [path, heading] of [
    ['/submit', 'Launch a product'], ['/me/products', 'My products'], ['/settings/profile', 'Edit profile'],
    ['/notifications', 'Notifications'], [`/u/${name}`, name],
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} after reload`).toHaveText(heading);
  }
  // Following a category is optimistic and sticks.
  await page.goto('/c/ai-tools');
  // The button turns at once; reload only after the server has the follow (a reload aborts the request).
  const followed = page.waitForResponse((r) => r.url().endsWith('/categories/ai-tools/follow') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unfollow' })).toBeVisible();
  expect((await followed).status()).toBe(204);
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

test('Persian: the main pages are right-to-left, with a Persian shell and no serious accessibility violations', async ({ page }) => {
  const slug = await someProductSlug(page);
  const html = page.locator('html');
  await page.goto('/');
  await page.getByRole('button', { name: 'فارسی' }).click();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'fa');
  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  const pages: [string, string, string | RegExp][] = [
    ['home', '/', 'جایی که سازندگان محصولشان را عرضه می‌کنند و جامعه کشفشان می‌کند.'],
    ['product', `/p/${slug}`, /.+/],
    ['profile', '/u/demo_maker', /.+/],
    ['search', '/search?q=privacy', 'نتایج جستجو برای «privacy»'],
    ['sign-in', '/signin', 'ورود به ویترین'],
  ];
  for (const [name, path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
    await expect(html, path).toHaveAttribute('dir', 'rtl');
    await expect(html, path).toHaveAttribute('lang', 'fa');
    // The shell speaks Persian: navigation, search box, sign-in link, and the switch back to English.
    const nav = page.getByRole('navigation', { name: 'اصلی' });
    await expect(nav.getByRole('link', { name: 'کشف' }), path).toBeVisible();
    await expect(nav.getByRole('link', { name: 'برترین‌ها' }), path).toBeVisible();
    await expect(nav.getByRole('link', { name: 'ثبت محصول' }), path).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'جستجو' }), path).toBeVisible();
    await expect(page.getByRole('link', { name: 'ورود', exact: true }).first(), path).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' }), path).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${name}-fa-rtl`);
    await expectAccessible(page, `${name} (Persian)`);
  }
  await expect(page.getByRole('button', { name: 'ورود', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Vitrin');
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
