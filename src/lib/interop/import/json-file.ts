/**
 * Reading an imported JSON file: empty and unparsable files become the import's refusal,
 * with the reason, before any importer looks at the content.
 */
import type { ImportResult } from './types';

export type JsonFileResult = { ok: true; data: unknown } | { ok: false; refusal: ImportResult };

export function readJsonFile(text: string, fileName: string): JsonFileResult {
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') return { ok: false, refusal: { ok: false, reason: `${fileName} is empty`, problems: [] } };
	try {
		return { ok: true, data: JSON.parse(content) };
	} catch (error) {
		return { ok: false, refusal: { ok: false, reason: `${fileName} is not JSON: ${(error as Error).message}`, problems: [] } };
	}
}
