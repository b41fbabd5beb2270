/*!
 * citeline-host.js: a small helper for pages that embed Citeline timelines in iframes.
 * No dependencies, no build step; MIT.
 *
 * Usage: embed with origin=<your page's origin> in the iframe's URL, then load this script
 * once, anywhere on the page:
 *
 *   <iframe src="https://citeline.example/embed/<slug>?origin=https://news.example"
 *           title="…" loading="lazy" style="width:100%;border:0" height="480"></iframe>
 *   <script src="https://citeline.example/citeline-host.js" defer></script>
 *
 * The embed only sends messages when its URL has origin= set to the host page's origin
 * (or to *); without it this script has nothing to do.
 *
 * What it does, for every iframe whose src contains /embed/ or that has a data-citeline
 * attribute (also iframes added later):
 *   - takes a message only if it comes from that iframe's window (event.source) AND from
 *     the origin of the iframe's src (event.origin), and its data is { type: "citeline:…" };
 *   - on citeline:resize sets the iframe's height to the given px, kept within 150–10000;
 *   - re-dispatches every citeline:* message as a DOM CustomEvent of the same name on the
 *     iframe element (bubbling; event.detail is the message), so host code can listen
 *     without touching postMessage:
 *
 *       iframe.addEventListener('citeline:select', (e) => console.log(e.detail.eventId));
 *       document.addEventListener('citeline:view', (e) => console.log(e.detail.from, e.detail.to));
 *
 * To steer a widget (it takes messages only from the origin it was given):
 *
 *       CitelineHost.send(iframe, { type: 'citeline:select', eventId: 'prisoner-exchange' });
 *       CitelineHost.send(iframe, { type: 'citeline:setView', from: '2025-03-18', to: '2025-03-19' });
 *
 * Messages and options: docs/embedding.md in the Citeline repository.
 */
(function () {
	'use strict';
	if (typeof window === 'undefined' || window.CitelineHost) return;

	var MIN_HEIGHT = 150;
	var MAX_HEIGHT = 10000;

	function isCitelineFrame(frame) {
		return frame.hasAttribute('data-citeline') || (frame.getAttribute('src') || '').indexOf('/embed/') !== -1;
	}

	function originOf(frame) {
		try {
			return new URL(frame.src, document.baseURI).origin;
		} catch (error) {
			return null;
		}
	}

	/** The Citeline iframe whose window sent this message, or null. */
	function frameFor(event) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow === event.source && event.source !== null) {
				return isCitelineFrame(frame) && originOf(frame) === event.origin ? frame : null;
			}
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (data === null || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf('citeline:') !== 0) return;
		var frame = frameFor(event);
		if (!frame) return;

		if (data.type === 'citeline:resize' && typeof data.height === 'number' && isFinite(data.height)) {
			var height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, data.height)));
			frame.style.height = height + 'px';
			frame.setAttribute('height', String(height));
		}
		frame.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
	});

	window.CitelineHost = {
		/** Posts a message to a Citeline iframe, to the origin of its src only. */
		send: function (frame, message) {
			var origin = originOf(frame);
			if (!origin || !frame.contentWindow) return false;
			frame.contentWindow.postMessage(message, origin);
			return true;
		}
	};
})();
