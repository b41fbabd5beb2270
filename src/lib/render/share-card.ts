/**
 * The share card: the picture that link previews (Open Graph, Twitter) show for a timeline.
 * Its default view (all events, as the explorer opens), at the size the cards expect, in the
 * light theme. Served as /t/<slug>/preview.png and preview.svg.
 */
import { defaultWindow } from '../layout/time-scale';
import type { Timeline } from '../model/timeline';
import { renderTimelineSvg } from './timeline-svg';

/** 1200×630: the size Open Graph and Twitter's large-image card recommend (1.91:1). */
export const SHARE_CARD = { widthPx: 1200, heightPx: 630 } as const;

export function shareCardSvg(timeline: Timeline): string {
	return renderTimelineSvg(timeline, { window: defaultWindow(timeline.span), ...SHARE_CARD, theme: 'light' });
}
