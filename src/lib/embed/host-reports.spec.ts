import { describe, expect, it } from 'vitest';
import { HostReports } from './host-reports';

const day = (iso: string) => Date.parse(`${iso}T00:00Z`);

describe('HostReports', () => {
	it('reports a window once, however often the widget recomputes it', () => {
		const reports = new HostReports();
		expect(reports.view(day('2025-03-18'), day('2025-03-19'))).toEqual({ from: '2025-03-18', to: '2025-03-19' });
		expect(reports.view(day('2025-03-18'), day('2025-03-19'))).toBeUndefined();
		// Less than the minute the host is told in is no change to the host.
		expect(reports.view(day('2025-03-18') + 1000, day('2025-03-19'))).toBeUndefined();
		expect(reports.view(day('2025-03-18'), day('2025-03-20'))).toEqual({ from: '2025-03-18', to: '2025-03-20' });
		expect(reports.view(day('2025-03-18'), day('2025-03-19'))).toEqual({ from: '2025-03-18', to: '2025-03-19' });
	});

	it('says "closed" only after something was open', () => {
		const reports = new HostReports();
		expect(reports.select(null)).toBeUndefined();
		expect(reports.select('phone-call')).toEqual({ eventId: 'phone-call' });
		expect(reports.select('phone-call')).toBeUndefined();
		expect(reports.select('prisoner-exchange')).toEqual({ eventId: 'prisoner-exchange' });
		expect(reports.select(null)).toEqual({ eventId: null });
		expect(reports.select(null)).toBeUndefined();
	});
});
