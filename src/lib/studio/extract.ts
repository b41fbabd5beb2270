/**
 * A saved web page to a source: its article text (Mozilla's Readability, the library behind
 * Firefox's Reader View) and what the page says about itself: title, publisher, address and
 * date of publication, each only when the page states it. Nothing is guessed: no publisher
 * from a domain name, no date from a file's age.
 *
 * The caller parses the page into an inert document (DOMParser in the browser, jsdom without
 * scripts or resources in Node): its scripts never run and nothing it names is loaded.
 * Readability works on that document and changes it; this reads text only, never HTML, so no
 * markup of the page reaches the studio's own page.
 */
import { Readability } from '@mozilla/readability';
import { articleText } from './article-text';

export interface ExtractedSource {
	/** The article's text, as it will be archived. */
	text: string;
	title: string | null;
	publisher: string | null;
	url?: string;
	/** EDTF day (or month, year) as the page states it. */
	published?: string;
}

export type ExtractResult = { ok: true; source: ExtractedSource } | { ok: false; reason: string };

/** `html` is the page's text, for what Readability does not read (the "saved from" comment of a saved page). */
export function extractArticle(doc: Document, html = ''): ExtractResult {
	// Read the page's own statements before Readability rearranges the document.
	const url = pageUrl(doc, html);
	let article: ReturnType<Readability<Node>['parse']>;
	try {
		article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
	} catch (error) {
		return { ok: false, reason: `its article could not be read: ${(error as Error).message}` };
	}
	const text = article?.content ? articleText(article.content) : '';
	if (text.trim() === '') return { ok: false, reason: 'no article text was found in it (is it a saved web page with an article?)' };
	const source: ExtractedSource = {
		text,
		title: statement(article?.title),
		publisher: statement(article?.siteName)
	};
	if (url !== undefined) source.url = url;
	const published = edtfOfPublished(article?.publishedTime);
	if (published !== undefined) source.published = published;
	return { ok: true, source };
}

function statement(value: string | null | undefined): string | null {
	const trimmed = value?.replace(/\s+/g, ' ').trim();
	return trimmed ? trimmed : null;
}

/** The page's own address: its canonical link, og:url, or the "saved from url=" comment browsers write. Only absolute http(s). */
function pageUrl(doc: Document, html: string): string | undefined {
	const candidates = [
		doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
		doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
		/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1]
	];
	for (const candidate of candidates) {
		const url = absoluteHttpUrl(candidate?.trim());
		if (url !== undefined) return url;
	}
	return undefined;
}

function absoluteHttpUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value); // no base: a relative address is not the page's address
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The date of a published time as the page writes it, at the precision it gives:
 * "2025-03-18T09:30:00+03:00" → "2025-03-18" (the day in the page's own offset), "2025-03" →
 * "2025-03". Anything else ("Tuesday", "3/18/25") is left out rather than read by guesswork.
 */
export function edtfOfPublished(value: string | null | undefined): string | undefined {
	const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value ?? '');
	if (!match) return undefined;
	const [, year, month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
	if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined;
	return [year, month, day].filter((p) => p !== undefined).join('-');
}
