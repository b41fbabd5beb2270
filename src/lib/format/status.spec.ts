import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import { STATUSES, STATUS_IDS } from '../model/vocabulary';
import { statusLabel, statusMeaning } from './status';

const uk = createTranslator('uk');
const ru = createTranslator('ru');

describe('statusLabel and statusMeaning', () => {
	it.each([
		['happened', 'Happened', 'Відбулося', 'Произошло'],
		['agreed', 'Agreed', 'Погоджено', 'Согласовано'],
		['announced', 'Announced', 'Оголошено', 'Объявлено'],
		['proposed', 'Proposed', 'Запропоновано', 'Предложено'],
		['stated', 'Stated', 'Заявлено', 'Заявлено'],
		['discussed', 'Discussed', 'Обговорювалося', 'Обсуждалось']
	] as const)('%s', (status, en, ukLabel, ruLabel) => {
		expect(statusLabel(status)).toBe(en);
		expect(statusLabel(status, uk)).toBe(ukLabel);
		expect(statusLabel(status, ru)).toBe(ruLabel);
	});

	it('gives every status a meaning in every language; the English one is the schema’s', () => {
		for (const status of STATUS_IDS) {
			expect(statusMeaning(status)).toBe(STATUSES[status]);
			for (const t of [uk, ru]) {
				expect(statusMeaning(status, t)).toMatch(/[а-яіїєґ]/i);
				expect(statusMeaning(status, t)).not.toBe(STATUSES[status]);
			}
		}
	});
});
