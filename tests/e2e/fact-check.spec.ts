/**
 * What the fact-check of the call timeline put right, as a reader sees it: each side's
 * position and the disagreement over mobilization are there with quotes verified against the
 * archive, and the page says whose account each quote relays and whose account is missing
 * (docs/fact-checking.md, docs/data-format.md#whose-account).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartSurface, dataset, detailsPanel, eventById, expectNoAxeViolations, SLUG, TIMELINE_PATH } from './helpers';

const UKRAINE = eventById('ukraine-territorial-integrity');
const ROOT_CAUSES = eventById('root-causes-condition');
const MOBILIZATION = eventById('mobilization-rearmament-demand');
const EXCHANGE = eventById('prisoner-exchange');
const BLITZ_CREDIT = 'Weekly Blitz (BLiTZ)';
const VERIFIED = 'quote verified in the archived text';

/** The citation in `scope` whose blockquote is exactly this quote. */
function citationOf(scope: Locator, quote: string): Locator {
	return scope.locator('figure.citation').filter({ has: scope.page().locator('blockquote', { hasText: quote }) });
}

function listedEvent(page: Page, title: string): Locator {
	return page.getByRole('article', { name: title, exact: true });
}

test.describe('the list of events (without JavaScript)', () => {
	test.use({ javaScriptEnabled: false });

	test('has Ukraine’s position and Russia’s root-causes condition, each with its quote verified and whose account it is', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		for (const event of [UKRAINE, ROOT_CAUSES]) {
			const article = listedEvent(page, event.title);
			await expect(article).toBeVisible();
			for (const { quote } of event.citations) {
				const citation = citationOf(article, quote);
				await expect(citation.locator('blockquote')).toHaveText(quote);
				await expect(citation.locator('figcaption')).toContainText(VERIFIED);
			}
		}
		await expect(listedEvent(page, UKRAINE.title).locator('figcaption')).toContainText(`The reporter’s own account, in ${BLITZ_CREDIT}`);
		await expect(listedEvent(page, ROOT_CAUSES.title).locator('figcaption')).toContainText(`According to the Kremlin, as reported by ${BLITZ_CREDIT}`);
	});

	test('keeps the mobilization disagreement: both sources’ words, verified, in a “Sources disagree” box', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		const article = listedEvent(page, MOBILIZATION.title);
		for (const { quote } of MOBILIZATION.citations) await expect(citationOf(article, quote).locator('figcaption')).toContainText(VERIFIED);

		const discrepancy = dataset.discrepancies.find((d) => d.id === 'mobilization-condition');
		if (!discrepancy) throw new Error('no mobilization-condition discrepancy in the dataset');
		const box = article.getByRole('region', { name: `Sources disagree: ${discrepancy.title}` });
		await expect(box).toBeVisible();
		for (const { quote } of discrepancy.claims) await expect(citationOf(box, quote).locator('figcaption')).toContainText(VERIFIED);
		await expect(box).toContainText('essential preconditions for an effective ceasefire');
		await expect(box).toContainText('successful and lasting negotiations would require');
	});

	test('says next to the summary whose accounts the timeline lacks, and opens on what is missing', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		const lacking = page.locator('details.missing-accounts');
		const line = lacking.locator('summary');
		await expect(line).toHaveText('Accounts this timeline lacks: United States, Ukraine');
		const notes = lacking.getByRole('listitem');
		await expect(notes.first()).toBeHidden();
		await line.click();
		await expect(notes).toHaveText([/^United States — Neither report cites a White House or other US account of the call/, /^Ukraine — Neither report quotes a Ukrainian official/]);
		// It follows the summary, before the events.
		const order = await page.evaluate(() => {
			const summary = document.querySelector('p.summary');
			const section = document.querySelector('.missing-accounts');
			return summary && section ? summary.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
		});
		expect(order).toBeTruthy();
	});
});

test.describe('the explorer', () => {
	test('the exchange’s panel says whose account its quote is', async ({ page }) => {
		await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
		await expect(chartSurface(page)).toBeVisible();
		const panel = detailsPanel(page, EXCHANGE.title);
		await expect(panel).toBeVisible();
		const citation = citationOf(panel, EXCHANGE.citations[0]!.quote);
		await expect(citation.locator('.account')).toHaveText(`According to the Kremlin, as reported by ${BLITZ_CREDIT}`);
		await expectNoAxeViolations(page);
	});

	test('in Ukrainian, the account is in Ukrainian and the names from the data keep their language', async ({ page }) => {
		await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}&lang=uk`);
		const panel = page.getByRole('complementary', { name: EXCHANGE.title, exact: true });
		await expect(panel).toBeVisible();
		const account = panel.locator('.account').first();
		await expect(account).toHaveText(`За словами сторони «the Kremlin», як повідомляє ${BLITZ_CREDIT}`);
		await expect(account.locator('[lang="en"]', { hasText: 'the Kremlin' })).toHaveCount(1);
	});
});

test.describe('a source’s page', () => {
	test('says whose account the source mostly relays, and marks the passages in the reporter’s own words', async ({ page }) => {
		await page.goto(`/t/${SLUG}/sources/weekly-blitz`);
		await expect(page.locator('dl.meta')).toContainText('Whose account');
		await expect(page.locator('dd.account')).toHaveText('mostly according to the Kremlin');
		const ukrainePassage = page.locator('p', { hasText: UKRAINE.citations[0]!.quote });
		await expect(ukrainePassage.locator('.passage-account')).toHaveText(`(the reporter’s own account, in ${BLITZ_CREDIT})`);
		await expectNoAxeViolations(page);
	});
});
