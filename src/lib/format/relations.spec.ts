import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import { relationLabel } from './relations';

describe('relationLabel', () => {
	it.each([
		['led-to', 'out', 'Led to', 'Наслідок', 'Последствие'],
		['led-to', 'in', 'Followed from', 'Причина', 'Причина'],
		['responds-to', 'out', 'Responds to', 'У відповідь на', 'В ответ на'],
		['responds-to', 'in', 'Answered by', 'Відповідь', 'Ответ'],
		['related', 'out', 'Related', 'Пов’язана подія', 'Связанное событие']
	] as const)('%s (%s)', (relation, direction, en, uk, ru) => {
		expect(relationLabel(relation, direction)).toBe(en);
		expect(relationLabel(relation, direction, createTranslator('uk'))).toBe(uk);
		expect(relationLabel(relation, direction, createTranslator('ru'))).toBe(ru);
	});
});
