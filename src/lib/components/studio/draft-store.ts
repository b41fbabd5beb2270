/**
 * The autosaved draft, kept in this browser's IndexedDB (database "citeline-studio", store
 * "drafts", one record "current"), so that a closed tab or a crash loses nothing. It stays on
 * this device: nothing is sent anywhere.
 */
import type { Draft } from '$lib/studio/draft';

const DB = 'citeline-studio';
const STORE = 'drafts';
const KEY = 'current';

export interface StoredDraft {
	draft: Draft;
	savedAtMs: number;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		if (typeof indexedDB === 'undefined') return reject(new Error('this browser has no IndexedDB'));
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
		request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = action(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

export async function loadStoredDraft(): Promise<StoredDraft | undefined> {
	const value = await run<unknown>('readonly', (store) => store.get(KEY));
	const stored = value as StoredDraft | undefined;
	return stored && typeof stored === 'object' && stored.draft?.timeline ? stored : undefined;
}

export async function storeDraft(draft: Draft): Promise<number> {
	const savedAtMs = Date.now();
	// Stored as plain data (a structured clone of JSON), never as live objects.
	await run('readwrite', (store) => store.put({ draft: JSON.parse(JSON.stringify(draft)), savedAtMs } satisfies StoredDraft, KEY));
	return savedAtMs;
}
