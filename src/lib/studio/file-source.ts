/**
 * A file chosen as a source, to the source to add: a .txt as its text, a saved web page
 * (.html, .htm) through extractArticle. Bytes are decoded as every Citeline file is
 * (model/decode-text.ts): a file in another encoding is refused with the reason, never read
 * with replaced characters. Parsing HTML is the caller's (DOMParser or jsdom), so that this
 * stays the same in the browser and in `npm run archive`.
 */
import { decodeText } from '../model/decode-text';
import { extractArticle, type ExtractedSource } from './extract';

export type FileSourceResult = { ok: true; source: ExtractedSource; kind: 'text' | 'page' } | { ok: false; reason: string };

export const SOURCE_FILE_TYPES = '.txt,.html,.htm,text/plain,text/html';

export function sourceFileKind(name: string): 'text' | 'page' | undefined {
	if (/\.txt$/i.test(name)) return 'text';
	if (/\.x?html?$/i.test(name)) return 'page';
	return undefined;
}

export function sourceFromFile(name: string, bytes: Uint8Array, parseHtml: (html: string) => Document): FileSourceResult {
	const kind = sourceFileKind(name);
	if (kind === undefined) return { ok: false, reason: `${name} cannot be read: choose a .txt file or a web page saved as .html` };
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, reason: `${name} is ${decoded.message}` };
	if (decoded.text.trim() === '') return { ok: false, reason: `${name} is empty` };
	if (kind === 'text') return { ok: true, kind, source: { text: decoded.text.replace(/\r\n?/g, '\n'), title: null, publisher: null } };
	let doc: Document;
	try {
		doc = parseHtml(decoded.text);
	} catch (error) {
		return { ok: false, reason: `${name} could not be read as a web page: ${(error as Error).message}` };
	}
	const extracted = extractArticle(doc, decoded.text);
	return extracted.ok ? { ok: true, kind, source: extracted.source } : { ok: false, reason: `${name}: ${extracted.reason}` };
}
