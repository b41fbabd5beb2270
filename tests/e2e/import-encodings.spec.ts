/**
 * The import page reads a file's bytes as `npm run import` and the build do: UTF-8, or UTF-16
 * with a byte-order mark; bytes that are not UTF-8 are refused with where they start, never
 * read with U+FFFD in their place.
 */
import { expect, test } from '@playwright/test';

const CSV = 'date,title\n2025-03-18,Café opens\n2025-03-19,Bakery opens\n';

test.describe('Import page: encodings', () => {
	test('a CSV saved as UTF-16 with a byte-order mark comes in like its UTF-8 original', async ({ page }) => {
		await page.goto('/import');
		const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
		await page.getByLabel('Choose a .json or .csv file').setInputFiles({ name: 'openings.csv', mimeType: 'text/csv', buffer });
		await expect(page.getByRole('heading', { name: 'Imported 2 events from openings.csv' })).toBeVisible();
		await page.getByRole('button', { name: /^Café opens,/ }).click();
		await expect(page.getByRole('complementary', { name: 'Café opens' })).toBeVisible();
	});

	test('a CSV saved as Latin-1 is refused with the byte where it stops being UTF-8', async ({ page }) => {
		await page.goto('/import');
		await page.getByLabel('Choose a .json or .csv file').setInputFiles({ name: 'openings.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'latin1') });
		await expect(page.getByRole('heading', { name: 'Nothing imported' })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(`openings.csv is not valid UTF-8 at byte ${CSV.indexOf('é')} (line 2, 0xE9)`);
	});
});
