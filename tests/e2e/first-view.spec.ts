/**
 * The first view shows the story the timeline tells: on the call timeline, the ceasefire
 * proposal the page is about is drawn with its label as the page opens, without zooming,
 * on a desktop and on a phone (its lane has room, so its topics are not folded into the call).
 */
import { expect, test } from '@playwright/test';
import { eventById, TIMELINE_PATH } from './helpers';

const proposal = eventById('ceasefire-proposal');

for (const size of [
	{ name: 'desktop 1280×800', viewport: { width: 1280, height: 800 } },
	{ name: 'phone 390×844', viewport: { width: 390, height: 844 } }
]) {
	test.describe(size.name, () => {
		test.use({ viewport: size.viewport });

		test('shows the ceasefire proposal, labelled, without zooming', async ({ page }) => {
			await page.goto(TIMELINE_PATH);
			const button = page.locator(`.events button[data-event="${proposal.id}"]`);
			await expect(button).toBeVisible();
			await expect(button).toHaveClass(/labelled/);
			const label = button.locator('.title');
			await expect(label).toHaveText(proposal.title);
			await expect(label).toBeVisible();
			// Not zoomed: the URL still holds the default view.
			expect(new URL(page.url()).searchParams.has('from')).toBe(false);
			// No lane says "events inside … — zoom in" where it has room for them.
			await expect(page.getByText(/events? inside .* zoom in/)).toHaveCount(0);
		});
	});
}
