/**
 * A shared link previews well: the timeline page carries an Open Graph / Twitter card whose
 * image is a real 1200×630 PNG picture of the timeline, prerendered at build time.
 */
import { expect, test } from '@playwright/test';
import { dataset, TIMELINE_PATH } from './helpers';

test('the timeline page has a share card with title, summary and a 1200×630 PNG preview', async ({ page, request, baseURL }) => {
	await page.goto(TIMELINE_PATH);
	const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

	expect(await meta('og:title')).toBe(dataset.title);
	expect(await meta('og:description')).toBeTruthy();
	expect(await meta('twitter:card')).toBe('summary_large_image');
	expect(await meta('og:url')).toBe(`${baseURL}${TIMELINE_PATH}`);
	const image = await meta('og:image');
	expect(image).toBe(`${baseURL}${TIMELINE_PATH}/preview.png`);
	expect(await meta('twitter:image')).toBe(image);

	const response = await request.get(image as string);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	// IHDR: width and height, big-endian, at bytes 16–23.
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	expect(png.length).toBeGreaterThan(10_000); // a picture, not an empty canvas
});
