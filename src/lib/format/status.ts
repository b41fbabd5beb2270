/** Status names as readers see them; the meanings live in the schema (STATUSES). */
import { STATUSES, type Status } from '../model/vocabulary';

const LABELS: Record<Status, string> = {
	happened: 'Happened',
	agreed: 'Agreed',
	announced: 'Announced',
	proposed: 'Proposed',
	stated: 'Stated',
	discussed: 'Discussed',
	unassessed: 'Not assessed'
};

export function statusLabel(status: Status): string {
	return LABELS[status];
}

export function statusMeaning(status: Status): string {
	return STATUSES[status];
}
