/**
 * Where an open event's details go, by the widget's width: beside the chart when there is
 * room, over it in narrow widgets, as a bottom sheet on phones (where the page allows one).
 */
export type DetailsRequest = 'panel' | 'overlay' | 'none';
export type DetailsMode = DetailsRequest | 'sheet';

/** Below this width a panel beside the chart does not fit: it would drop below the chart, out of sight. */
export const SIDE_PANEL_PX = 900;
/** Below this width even a panel asked for goes over the chart. */
export const OVERLAY_PX = 500;

/** `widthPx` 0 means not measured yet: the request stands until the widget has a width. */
export function detailsModeFor(requested: DetailsRequest, sheet: boolean, widthPx: number): DetailsMode {
	if (requested === 'none' || widthPx <= 0) return requested;
	if (sheet && widthPx < SIDE_PANEL_PX) return 'sheet';
	if (requested === 'panel' && widthPx < OVERLAY_PX) return 'overlay';
	return requested;
}
