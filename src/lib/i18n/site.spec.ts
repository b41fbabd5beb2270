import { describe, expect, it } from 'vitest';
import { LanguageChoice } from '../state/language-choice.svelte';
import { createTranslator } from './languages';
import { englishSite, loadSiteTranslator } from './site';
import { english } from './translator';

describe('the site’s translators: the widget’s words and the site’s', () => {
	it('English is at hand at once, with both', () => {
		const t = loadSiteTranslator('en');
		expect(t).toBe(englishSite);
		expect(englishSite.tagline).toBe('Timelines where every event is backed by a quote you can check');
		expect(englishSite.zoomIn).toBe(english.zoomIn);
		// The web component's English has none of the site's words.
		expect('tagline' in english).toBe(false);
	});

	it.each(['uk', 'ru'] as const)('%s loads with both, the same words as the bundled translator', async (locale) => {
		const loaded = await loadSiteTranslator(locale);
		const bundled = createTranslator(locale);
		expect(loaded.locale).toBe(locale);
		expect(loaded.tagline).toBe(bundled.tagline);
		expect(loaded.zoomIn).toBe(bundled.zoomIn);
		expect(loaded.sourceCount(5)).toBe(bundled.sourceCount(5));
		expect(loaded.tagline).not.toBe(englishSite.tagline);
		// One load per language.
		expect(await loadSiteTranslator(locale)).toBe(loaded);
	});

	it('a page shows English with the site’s words while another language loads', async () => {
		const choice = new LanguageChoice(undefined, { requested: 'uk', translators: loadSiteTranslator, fallback: englishSite });
		expect(choice.t).toBe(englishSite);
		await choice.load();
		expect(choice.t.locale).toBe('uk');
		expect((choice.t as typeof englishSite).tagline).toBe(createTranslator('uk').tagline);
	});
});
