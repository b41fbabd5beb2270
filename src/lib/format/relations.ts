/** How a link between two events reads, from either end, in the reader's language. */
import { english, type Translator } from '../i18n/translator';
import type { Relation } from '../model/vocabulary';

export function relationLabel(relation: Relation, direction: 'out' | 'in', t: Translator = english): string {
	return t.relations[relation][direction];
}
