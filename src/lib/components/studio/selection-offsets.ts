/**
 * Where a selection in the source reader stands in the archived text. The reader draws the text
 * as pieces, each an element with `data-start` (its offset in the archive) holding one text
 * node; paragraphs break where the archive has line breaks. A boundary inside a piece's text is
 * its start plus the offset in the node; a boundary between elements (a drag past the end of a
 * paragraph, a triple click) goes to the nearest piece edge inside the selection.
 */

const PIECE = '[data-start]';

function pieceOf(node: Node): HTMLElement | undefined {
	const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
	return (element?.closest(PIECE) as HTMLElement | null) ?? undefined;
}

/** The archive offsets of the selection, if it lies (at least partly) in `root`; undefined otherwise. */
export function selectionOffsets(root: HTMLElement, selection: Selection | null): { start: number; end: number } | undefined {
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return undefined;
	const pieces = [...root.querySelectorAll<HTMLElement>(PIECE)].filter((p) => range.intersectsNode(p));
	if (pieces.length === 0) return undefined;
	const first = pieces[0] as HTMLElement;
	const last = pieces[pieces.length - 1] as HTMLElement;

	const startPiece = pieceOf(range.startContainer);
	const start =
		startPiece === first && range.startContainer.nodeType === Node.TEXT_NODE ? Number(first.dataset.start) + range.startOffset : Number(first.dataset.start);
	const endPiece = pieceOf(range.endContainer);
	const end =
		endPiece === last && range.endContainer.nodeType === Node.TEXT_NODE
			? Number(last.dataset.start) + range.endOffset
			: Number(last.dataset.start) + (last.textContent ?? '').length;
	return end > start ? { start, end } : undefined;
}
