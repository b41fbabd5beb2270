/** How a link between two events reads, from either end. */
import type { Relation } from '../model/vocabulary';

const WORDS: Record<Relation, { out: string; in: string }> = {
	'led-to': { out: 'Led to', in: 'Followed from' },
	'responds-to': { out: 'Responds to', in: 'Answered by' },
	related: { out: 'Related', in: 'Related' }
};

export function relationLabel(relation: Relation, direction: 'out' | 'in'): string {
	return WORDS[relation][direction];
}
