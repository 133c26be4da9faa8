import { expect, test } from '@playwright/test';
import { expectAccessible, image, screenshot, signUp, unique } from './helpers';

// Issue 7 through the UI: a maker adds a logo and gallery images to a product, and an avatar.
test('a maker uploads a logo, gallery images with alt text and an avatar', async ({ page }) => {
  const maker = unique('imgmaker');
  await signUp(page, maker);
  await page.goto('/submit');
  await page.getByLabel('Title').fill(`E2E Prism ${Date.now().toString(36)}`);
  await page.getByLabel('Tagline').fill('Splits light into colours');
  await page.getByLabel('Description (Markdown)').fill('Prism makes every colour of your data visible at once.');
  await page.getByLabel('Website').fill('https://prism.example');
  await page.getByLabel('Category').selectOption('design-tools');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await page.getByRole('link', { name: 'Edit product' }).click();

  await page.getByLabel('Logo', { exact: true }).setInputFiles(image('logo.png'));
  await expect(page.locator('img[src^="/media/logos/"]')).toBeVisible();

  await page.getByLabel('Add an image').setInputFiles(image('shot.png'));
  await page.getByLabel('Alt text').last().fill('The prism dashboard');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('heading', { name: 'Gallery (1/8)' })).toBeVisible();
  await page.getByLabel('Add an image').setInputFiles(image('second.png'));
  await page.getByLabel('Alt text').last().fill('Settings');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('heading', { name: 'Gallery (2/8)' })).toBeVisible();
  await page.getByRole('button', { name: 'Move image 2 earlier' }).click();
  await expect(page.getByLabel('Alt text').first()).toHaveValue('Settings');
  await screenshot(page, 'edit-product-images');
  await expectAccessible(page, 'edit product images');

  // A file that is not an image is refused by the API (its content is checked, not its name).
  await page.getByLabel('Add an image').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script>') });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByText('Only JPEG, PNG, WebP and GIF images are accepted', { exact: false })).toBeVisible();

  await page.goBack();
  await page.reload();
  await expect(page.getByRole('img', { name: 'Settings' })).toBeVisible();

  await page.goto('/settings/profile');
  await page.getByLabel('Avatar', { exact: true }).setInputFiles(image('me.png'));
  await expect(page.locator('img[src^="/media/avatars/"]').first()).toBeVisible();
});
