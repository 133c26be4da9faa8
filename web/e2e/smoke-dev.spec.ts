import { test } from '@playwright/test';
test('dev smoke', async ({ page }) => {
  page.on('response', (r) => r.status() >= 400 && console.log('HTTP', r.status(), r.url()));
  await page.goto('/');
  await page.waitForTimeout(1500);
});
